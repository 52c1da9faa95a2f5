package nl.dagwijzer.answer;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.nlu.Understanding;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeStore;

/**
 * The core: a Dutch question in, a {@link Reply} out, answered from the programme currently in the store. Knows
 * nothing of Discord or consoles. Thread-safe.
 */
public final class Assistant {
  /** The longest question answered; longer ones get a short reply before any work is done on them. */
  public static final int MAX_QUESTION_LENGTH = 500;
  public static final String TOO_LONG = "Je vraag is te lang (meer dan " + MAX_QUESTION_LENGTH
      + " tekens). Kun je hem korter stellen?";

  private final ProgrammeStore store;
  private final Understander understander;
  private final Clock clock;
  private final ConversationMemory memory;
  private final AtomicReference<ProgrammeIndex> index = new AtomicReference<>();

  public Assistant(ProgrammeStore store, Understander understander, Clock clock, ConversationMemory memory) {
    this.store = store;
    this.understander = understander;
    this.clock = clock;
    this.memory = memory;
  }

  /** Answers {@code question} in the conversation {@code conversationId}, using and updating its context. */
  public Reply ask(String conversationId, String question) {
    if (question.length() > MAX_QUESTION_LENGTH) {
      Understanding skipped = new Understanding(question.substring(0, 40) + "…", Intent.UNKNOWN, 0, List.of(),
          Query.of(Asked.UNKNOWN));
      return new Reply(TOO_LONG, Optional.empty(), skipped);
    }
    Programme programme = store.current();
    return answer(conversationId, programme, understander.understand(question, programme));
  }

  /**
   * Answers a request whose intent is already known (a slash command such as /programma or /spreker), as if the
   * question had asked exactly that.
   */
  public Reply show(String conversationId, Intent intent, List<Entity> entities) {
    Understanding understanding = new Understanding("/" + intent.label(), intent, 1.0, entities,
        understander.query(intent, entities));
    return answer(conversationId, store.current(), understanding);
  }

  private Reply answer(String conversationId, Programme programme, Understanding understood) {
    ConversationContext before = memory.recall(conversationId);
    Query query = understood.query();
    Intent intent = understood.intent();
    if (understood.fragment()) {
      if (before.lastQuery().isPresent()) {
        query = FollowUp.merge(before.lastQuery().get(), understood.query());
        intent = before.lastIntent().orElse(intent);
      } else {
        // "demo robot": a word the bot does not know beside a name leaves the name to decide
        List<Entity> named = understood.entities().stream().filter(e -> !(e.type() == EntityType.UNKNOWN
            && e.id().startsWith("word:"))).toList();
        List<Entity> entities = named.isEmpty() ? understood.entities() : named;
        intent = askedAbout(entities);
        query = understander.query(intent, entities);
      }
    }
    if (!understood.fragment() && before.lastQuery().isPresent()
        && FollowUp.narrowsLast(understood.question(), understood.query())) {
      query = FollowUp.narrow(before.lastQuery().get(), query);
      intent = before.lastIntent().orElse(intent);
    }
    if (!understood.fragment() && before.lastQuery().filter(last -> FollowUp.goesOn(last, understood.query()))
        .isPresent()) {
      query = FollowUp.merge(before.lastQuery().get(), query);
      intent = before.lastIntent().orElse(intent);
    }
    // "+ en welke daarvan is gratis?" after a list (the sessions a reply turned to are the focus instead)
    if (query.hasDetail(nl.dagwijzer.nlu.OfThose.DETAIL) && before.lastQuery().isPresent()
        && before.focus().stream().noneMatch(e -> e.type() == EntityType.SESSION)) {
      query = FollowUp.ofThose(before.lastQuery().get(), query);
    }
    Optional<Query> otherEnd = before.lastQuery().flatMap(last -> FollowUp.otherEnd(last, understood.query(),
        understood.question()));
    if (otherEnd.isPresent()) {
      query = otherEnd.get(); // "welke tocht duurt het langst?" "+ en welke is het kortst?"
      intent = before.lastIntent().orElse(intent);
    }
    Optional<Query> otherSide = before.lastQuery().flatMap(last -> FollowUp.otherSide(last, understood.query()));
    if (otherSide.isPresent()) {
      query = otherSide.get(); // "welke rondes zijn er na de bingo?" "+ en ervoor?"
      intent = before.lastIntent().orElse(intent);
    }
    Optional<Query> nextOfSame = before.lastQuery().flatMap(last -> FollowUp.nextOfSame(last, understood.question(),
        before.focus(), programme));
    if (nextOfSame.isPresent()) {
      query = nextOfSame.get(); // "wanneer is de volgende kastinspectie?" "+ en die daarna?"
      intent = before.lastIntent().orElse(intent);
    }
    Optional<java.time.LocalTime> startAfter = nextOfSame.isPresent() ? Optional.empty() : before.lastQuery()
        .flatMap(last -> FollowUp.nextAfterStart(last, understood.question(), before.focus(), programme));
    if (startAfter.isPresent()) {
      query = FollowUp.nextFrom(before.lastQuery().get()); // "wat komt hierna?" "+ en daarna"
      intent = before.lastIntent().orElse(intent);
    }
    if (before.focus().isEmpty()) {
      query = FollowUp.thenIsNext(query);
    }
    query = OpeningOf.normalise(DayTimes.normalise(FollowUp.withFocus(query, before.focus()), programme), programme);
    if (programme.event().venue().isPresent()) {
      // (without a venue "waar is het?" stays a place the programme does not give)
      query = nl.dagwijzer.nlu.EventPlace.ofTheDay(query, programme.event().title());
    }
    ZonedDateTime now = clock.instant().atZone(programme.event().timezone());
    if (startAfter.isPresent()) {
      now = now.with(startAfter.get()); // what comes next from just after the start of what came before
    }
    ProgrammeIndex programmeIndex = indexOf(programme);
    query = RoomBesideTarget.normalise(SeriesMember.normalise(query, programmeIndex), programme);
    Selection selection = new Resolver(programmeIndex, now.toLocalTime().withSecond(0).withNano(0), before.focus())
        .resolve(query);
    Written written = new ReplyWriter(new Answering(programmeIndex, query, selection, now.toLocalDate(),
        now.toLocalTime().withSecond(0).withNano(0))).write();
    List<Entity> named = query.all(Condition.About.class).stream().map(Condition.About::entity)
        .filter(e -> !e.beginOrEnd()).toList();
    // "wat komt hierna?" → "en wie geeft dat?" is about what the reply turned to, not what was asked before;
    // "wanneer is de volgende kastinspectie?" → "en die daarna?" about the one the reply gave
    List<nl.dagwijzer.programme.Session> shown = !written.turnedTo().isEmpty() ? written.turnedTo()
        : query.hasDetail("eerstvolgende") ? selection.sessions() : List.of();
    List<Entity> focus = !shown.isEmpty()
        ? shown.stream().map(s -> new Entity(EntityType.SESSION, s.id(), s.title())).toList()
        : named.isEmpty() ? before.focus() : named;
    if (onePerson(query, selection)) {
      // "wie is de wijkagent?" → "hoe heet hij?", "aan welke tafel zit hij?": about that person, not the sessions
      focus = List.of(new Entity(EntityType.SPEAKER, selection.speakers().get(0).id(),
          selection.speakers().get(0).name()));
    }
    boolean asksSomething = query.asked() != Asked.GREETING && query.asked() != Asked.THANKS
        && (query.asked() != Asked.HELP && query.asked() != Asked.UNKNOWN || !query.conditions().isEmpty());
    memory.remember(conversationId, new ConversationContext(focus,
        asksSomething ? Optional.of(intent) : before.lastIntent(),
        asksSomething ? Optional.of(query) : before.lastQuery()));
    // (the conversation keeps what was asked: "+ en waar dan?" goes on from it)
    return new Reply(written.text(), written.overview(), ReportedReading.of(understood, intent, query,
        written.text()));
  }

  /** A question about people that found one person without naming a session: the person is what it was about. */
  private static boolean onePerson(Query query, Selection selection) {
    return (query.asked() == Asked.PEOPLE || query.asked() == Asked.PERSON) && selection.speakers().size() == 1
        && query.all(Condition.About.class).stream().map(Condition.About::entity).noneMatch(e ->
            e.type() == EntityType.SESSION || e.type() == EntityType.PART || e.type() == EntityType.TOPIC);
  }

  /** What a bare name asks when nothing came before: a person's role, a session's time, a topic's meaning. */
  private static Intent askedAbout(List<Entity> entities) {
    return entities.stream().map(e -> switch (e.type()) {
      case SPEAKER -> Intent.PERSON;
      case PART -> e.id().equals("workshops") ? Intent.WORKSHOPS : Intent.WHEN;
      case SESSION, ROUND -> Intent.WHEN;
      case TOPIC -> Intent.ABOUT;
      case ORGANISATION, ROLE -> Intent.WHO;
      case ROOM, PERIOD, TIME, FROM_NOW, LENGTH, MENTION -> Intent.NOW;
      case EVENT -> Intent.EVENT;
      case DATE -> Intent.DATE;
      case TIMES -> Intent.COUNT;
      case BAD_TIME, UNKNOWN -> Intent.UNKNOWN;
    }).findFirst().orElse(Intent.UNKNOWN);
  }

  private ProgrammeIndex indexOf(Programme programme) {
    ProgrammeIndex cached = index.get();
    if (cached != null && cached.programme() == programme) {
      return cached;
    }
    // Built once per programme: the first questions after a start or a reload often arrive together.
    synchronized (index) {
      cached = index.get();
      if (cached != null && cached.programme() == programme) {
        return cached;
      }
      ProgrammeIndex built = new ProgrammeIndex(programme, understander.series(programme));
      index.set(built);
      return built;
    }
  }

  public ProgrammeStore store() {
    return store;
  }
}
