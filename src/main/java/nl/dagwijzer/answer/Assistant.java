package nl.dagwijzer.answer;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.nlu.Understanding;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeStore;

/**
 * The core: a Dutch question in, a {@link Reply} out, answered from the programme currently in the store. Knows
 * nothing of Discord or consoles. Thread-safe.
 */
public final class Assistant {
  /** Intents whose answer is about something, so a follow-up without a name refers to the last thing named. */
  private static final Set<Intent> FOLLOWS_UP =
      Set.of(Intent.WHEN, Intent.WHO, Intent.PERSON, Intent.ABOUT, Intent.DURATION, Intent.NEXT);

  private final ProgrammeStore store;
  private final Understander understander;
  private final Clock clock;
  private final ConversationMemory memory;

  public Assistant(ProgrammeStore store, Understander understander, Clock clock, ConversationMemory memory) {
    this.store = store;
    this.understander = understander;
    this.clock = clock;
    this.memory = memory;
  }

  /** Answers {@code question} in the conversation {@code conversationId}, using and updating its context. */
  public Reply ask(String conversationId, String question) {
    Programme programme = store.current();
    Understanding understanding = understander.understand(question, programme);
    return answer(conversationId, programme, understanding);
  }

  /**
   * Answers a request whose intent is already known (a slash command such as /programma or /spreker), as if the
   * question had asked exactly that.
   */
  public Reply show(String conversationId, Intent intent, List<Entity> entities) {
    Understanding understanding = new Understanding("/" + intent.label(), intent, 1.0, entities);
    return answer(conversationId, store.current(), understanding);
  }

  private Reply answer(String conversationId, Programme programme, Understanding understood) {
    ConversationContext before = memory.recall(conversationId);
    Understanding understanding = understood.fragment()
        ? understood.withIntent(before.lastIntent().orElseGet(() -> askedAbout(understood.entities())))
        : understood;
    Intent intent = understanding.intent();
    List<Entity> entities = new ArrayList<>(understanding.entities());
    List<Entity> naming = entities.stream().filter(Targets::namesSomething).toList();
    if (naming.isEmpty() && FOLLOWS_UP.contains(intent)) {
      entities.addAll(before.focus());
    }
    ZonedDateTime now = clock.instant().atZone(programme.event().timezone());
    ReplyWriter.Written written = new ReplyWriter(programme, Targets.resolve(programme, entities),
        now.toLocalDate(), now.toLocalTime().withSecond(0).withNano(0)).write(intent);
    // "wat komt hierna?" → "en wie geeft dat?" is about what the reply turned to, not what was asked before.
    List<Entity> focus = !written.turnedTo().isEmpty()
        ? written.turnedTo().stream().map(s -> new Entity(EntityType.SESSION, s.id(), s.title())).toList()
        : naming.isEmpty() ? before.focus() : naming;
    memory.remember(conversationId, new ConversationContext(focus,
        FOLLOWS_UP.contains(intent) ? Optional.of(intent) : before.lastIntent()));
    return new Reply(written.text(), written.overview(), understanding);
  }

  /** What a bare name asks when nothing came before: a person's role, a session's time, a topic's meaning. */
  private static Intent askedAbout(List<Entity> entities) {
    return entities.stream().map(e -> switch (e.type()) {
      case SPEAKER -> Intent.PERSON;
      case SESSION, PART -> Intent.WHEN;
      case TOPIC -> Intent.ABOUT;
      case ORGANISATION -> Intent.WHO;
      case TIME -> Intent.NOW;
      case EVENT -> Intent.EVENT;
    }).findFirst().orElse(Intent.UNKNOWN);
  }

  public ProgrammeStore store() {
    return store;
  }
}
