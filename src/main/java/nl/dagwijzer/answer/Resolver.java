package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * Resolves a {@link Query} on the programme: first the subject (what the question names: sessions, people, rooms,
 * roles, parts of the day; names of one kind add up, different kinds narrow down), then the conditions (times,
 * parts of the day, rounds, relations, lengths), then an order (the first, the longest).
 */
final class Resolver {
  /** Role words that mean leading or presenting, looked for in the programme's own roles. */
  static final Set<String> LEAD_ROLES = Set.of("voorzit", "gespreksleid", "discussieleid", "debatleid",
      "sessieleid", "workshopleid", "dagleid", "moderat", "presentat", "host", "gastheer", "gastvrouw");
  /** Whether a name of a panel's part asks for its members ("de panelleden", "een panellid"), not who leads it. */
  static boolean namesPanelMembers(nl.dagwijzer.nlu.Entity entity) {
    return entity.type() == nl.dagwijzer.nlu.EntityType.PART
        && (entity.text().contains("panellid") || entity.text().contains("panelleden"));
  }

  /** The role {@code speakerId} has in {@code session} when it is one that leads it ("gespreksleider"). */
  static Optional<String> leadRole(Session session, String speakerId) {
    return session.roleOf(speakerId).filter(r -> LEAD_ROLES.stream().anyMatch(r.toLowerCase(Locale.ROOT)::contains));
  }

  /** Of those, the roles that lead a whole day ("wie presenteert de dag?") rather than one session. */
  static final Set<String> DAY_ROLES = Set.of("voorzit", "dagleid", "presentat", "host", "gastheer", "gastvrouw");

  /** What may be asked of a person's session when the question calls it by another kind than the programme does. */
  private static final Set<Asked> LOOSE_KIND = java.util.EnumSet.of(Asked.TIME, Asked.DURATION, Asked.ROOM);

  static final Set<EntityType> PEOPLE_TYPES = Set.of(EntityType.SPEAKER, EntityType.ROLE, EntityType.ORGANISATION);

  private final ProgrammeIndex index;
  private final WordNarrowing words;
  private final LocalTime now;
  private final Relations relations;

  /** {@code focus}: what the conversation was last about, for "en wat komt daarna?". */
  Resolver(ProgrammeIndex index, LocalTime now, List<Entity> focus) {
    this.index = index;
    this.words = new WordNarrowing(index);
    this.now = now;
    this.relations = new Relations(index, focus);
  }

  Selection resolve(Query query) {
    // "de tweede voorronde", "strafrechter joost verbrugge"
    Query read = PersonDescribed.meant(TitledItem.meant(OwnPeople.meant(query, relations), index), index);
    Occurrence.Meant meant = Occurrence.meant(read, relations, index);
    return resolve(meant.query(), meant.start());
  }

  /** Of {@code sessions}, those not given earlier in the day under the same title. */
  private List<Session> firstTimes(List<Session> sessions) {
    return sessions.stream().filter(s -> index.programme().sessions().stream()
        .noneMatch(o -> o.title().equals(s.title()) && o.start().isBefore(s.start()))).toList();
  }

  /** Of {@code sessions}, those given only then: no session of the same title is at another time. */
  private List<Session> onlyThen(List<Session> sessions) {
    java.util.Set<Session> then = Sessions.setOf(sessions);
    java.util.Set<String> elsewhere = new java.util.HashSet<>();
    index.programme().sessions().stream().filter(s -> !then.contains(s)).forEach(s -> elsewhere.add(s.title()));
    return sessions.stream().filter(s -> !elsewhere.contains(s.title())).toList();
  }

  private Selection resolve(Query query, Optional<LocalTime> nth) {
    boolean timed = query.conditions().stream().anyMatch(c -> c instanceof Condition.At
        || c instanceof Condition.From || c instanceof Condition.Until || c instanceof Condition.Between
        || c instanceof Condition.Relative || c instanceof Condition.AtNow || c instanceof Condition.AfterNow
        || c instanceof Condition.BeforeNow
        || c instanceof Condition.InRound || c instanceof Condition.InPeriod);
    boolean comparing = (query.order().filter(o -> o == Query.Order.LONGEST || o == Query.Order.SHORTEST
        || o == Query.Order.SAME_LENGTH).isPresent() || query.hasDetail("vergelijk"))
        && query.all(Condition.About.class).size() >= 2;
    List<Condition.About> names = query.all(Condition.About.class);
    if (comparing && names.stream().filter(c -> c.entity().type() != EntityType.PART
        && c.entity().type() != EntityType.ROOM).count() >= 2) {
      // "de presentatie over jeugd of die over de wmo": the two named, not every presentation; "de opening in het
      // stadhuis" is the opening, not everything there
      names = names.stream().filter(c -> c.entity().type() != EntityType.PART && c.entity().type() != EntityType.ROOM)
          .toList();
    }
    if (comparing) {
      // "wat is eerder, de juryprijzen of de publieksprijs?": the session so called, not every session of the topic
      Set<String> titled = names.stream().filter(c -> c.entity().type() == EntityType.SESSION)
          .map(c -> c.entity().text()).collect(java.util.stream.Collectors.toSet());
      names = names.stream().filter(c -> c.entity().type() != EntityType.TOPIC || !titled.contains(c.entity().text()))
          .toList();
    }
    // "welk onderdeel begint het laatst?" orders the day by start, it is not the day's first block
    Subject subject = Subject.of(index, names, query.has(Condition.Leading.class), timed || query.order().isPresent(),
        comparing);
    if (subject.sessions().isEmpty() && LOOSE_KIND.contains(query.asked())
        && names.stream().anyMatch(c -> c.entity().type() == EntityType.PART)
        && names.stream().anyMatch(c -> c.entity().type() == EntityType.SPEAKER || c.entity().type() == EntityType.ROLE)) {
      // "hoe lang duurt het optreden van de dichter?" when the poet's session is no "Optreden: ...": the person's
      List<Condition.About> people = names.stream().filter(c -> c.entity().type() != EntityType.PART).toList();
      Subject theirs = Subject.of(index, people, false, timed || query.order().isPresent(), false);
      if (!theirs.sessions().isEmpty() && theirs.sessions().stream().map(Session::title).distinct().count() == 1) {
        subject = theirs;
      }
    }
    List<Session> named = subject.sessions();
    List<Condition.About> namesAsked = names;
    subject = PersonDoing.narrowed(query, names, named, index).or(() -> TitleFamily.widened(query, namesAsked, named,
        index)).map(subject::narrowedTo).orElse(subject);
    // "na X" is the next block, unless the question wants every match or a stretch of the day
    boolean every = query.plural() || query.asked() == Asked.COUNT || query.order().isPresent()
        || query.hasDetail("alles")
        || query.conditions().stream().anyMatch(c -> c instanceof Condition.InPeriod || c instanceof Condition.From
        || c instanceof Condition.Until || c instanceof Condition.Between);
    List<Session> sessions = subject.sessions();
    Optional<List<Session>> pair = RankedPair.compared(query, names, index); // "... of de tweede valkenshow?"
    sessions = pair.orElse(sessions);
    Optional<Integer> rank = query.all(Detail.class).stream().map(Detail::rank).filter(r -> r > 0).findFirst();
    if (rank.isPresent() && pair.isEmpty()) {
      return ranked(rank.get(), names.isEmpty(), sessions, subject.parts());
    }
    List<Session> unnarrowed = sessions;
    sessions = words.narrowed(query, names, sessions);
    Optional<AgeRanges.Range> age = AgeRanges.asked(query);
    if (age.isPresent()) {
      // "wat is er voor een kind van 6?": what the programme says is for that age, of everything when nothing is named
      // ("een kind van 14": the age says who, not a word the texts must have)
      // ("welke onderdelen zijn er voor kinderen van 8?": "kinderen" says for whom, though it names the Kinderhoek)
      boolean forWhom = names.stream().allMatch(about -> nl.dagwijzer.nlu.CountedPeople.child(about.entity().text()));
      sessions = AgeRanges.open(index.descriptions().ageGroups(), names.isEmpty() || forWhom
          ? index.programme().sessions() : unnarrowed, age.get());
    } else if (!names.isEmpty() && sessions.size() >= 2) {
      // "wanneer is het kinderfeest van 6 t/m 9?": of the parts named, the one for that age
      Optional<Integer> given = AgeRanges.given(query);
      if (given.isPresent()) {
        sessions = AgeRanges.open(index.descriptions().ageGroups(), sessions, given.get());
      }
    }
    boolean byText = names.isEmpty() && sessions != unnarrowed;
    sessions = words.describedKind(query, names, sessions);
    boolean opens = subject.parts().contains(DayPart.BEGIN);
    if (subject.edge() && query.asked() == Asked.PEOPLE && sessions.stream().allMatch(s -> s.speakerIds().isEmpty()
        || opens && !Openers.OPENING.matcher(s.title()).find())) {
      sessions = Openers.withSpeaker(index.programme(), opens).orElse(sessions);
    }
    ConditionFilter filter = new ConditionFilter(index, now, relations, query, subject, every, nth);
    ConditionFilter.Result first = filter.apply(sessions);
    ConditionFilter.Result filtered = first.sessions().isEmpty() ? KindWidened.of(query, names, index)
        .map(filter::apply).filter(r -> !r.sessions().isEmpty()).orElse(first) : first;
    List<Session> listed = InnerTimes.listing(filtered.sessions(), query, index);
    sessions = WholeStretch.apply(FloorFilter.apply(listed, query, index), query, index.programme());
    boolean floored = sessions.size() < listed.size();
    if (query.hasDetail("alleen")) {
      sessions = onlyThen(sessions);
    }
    if (query.hasDetail("nieuw")) {
      sessions = firstTimes(sessions);
    }
    // "welke sessies zijn er op de eerste verdieping?": the floor narrows as a room does
    boolean constrained = filtered.constrained() || floored;
    Query ordered = query;
    // "bij welk station begint groep blauw?": where that group starts, of all its stations
    boolean groupStarts = AttendeeGroups.asked(query) && query.asked() != Asked.COUNT && query.asked() != Asked.YESNO;
    if (query.order().isEmpty() && (!subject.named() || groupStarts) && !subject.edge() && !query.plural()
        && (query.asked() != Asked.LIST || groupStarts) && query.asked() != Asked.COUNT
        && (subject.parts().contains(DayPart.BEGIN) || subject.parts().contains(DayPart.EINDE))) {
      // "wanneer begint het middagprogramma?": the first of what the other conditions select
      ordered = new Query(query.asked(), query.conditions(), java.util.Optional.of(
          subject.parts().contains(DayPart.BEGIN) ? Query.Order.FIRST : Query.Order.LAST), query.counted());
    }
    sessions = Orders.apply(sessions, ordered, index.programme()::minutes);
    if (!subject.named() && !constrained && !byText && query.order().isEmpty() && !subject.edge()) {
      // A question that names and narrows nothing selects nothing: "hoe lang duurt de dag?" is not about each item.
      sessions = List.of();
    }
    return new Selection(sessions, subject.sessions(), subject.mentioned(), subject.speakers(), subject.topics(),
        subject.named(), subject.explicit(), constrained || byText || query.order().isPresent()
        || subject.closingListed(query.asked()), subject.parts(), subject.missing(), filtered.at(), filtered.context());
  }

  /**
   * "wat is het tweede onderdeel?" ({@code ofDay}): the day's block at that place; "hoe laat begint de tweede
   * lezing?": the second of the sessions named by start, or none when there are fewer, with all of them as mentioned.
   */
  private Selection ranked(int rank, boolean ofDay, List<Session> named, java.util.Set<DayPart> parts) {
    List<Session> pool;
    List<Session> ranked;
    if (ofDay) {
      List<nl.dagwijzer.programme.Slot> slots = index.programme().slots();
      ranked = rank <= slots.size() ? slots.get(rank - 1).sessions() : List.of();
      pool = ranked;
    } else {
      pool = new ArrayList<>(named);
      pool.sort(java.util.Comparator.comparing(Session::start));
      ranked = rank <= pool.size() ? List.of(pool.get(rank - 1)) : List.of();
    }
    return new Selection(ranked, ranked, pool, List.of(), List.of(), true, true, true, parts, List.of(),
        Optional.empty(), "");
  }

  static boolean compare(int value, nl.dagwijzer.nlu.Quantities.Comparison comparison, int amount) {
    return switch (comparison) {
      case EQUAL -> value == amount;
      case MORE -> value > amount;
      case LESS -> value < amount;
      case NOT_EQUAL -> value != amount;
      case AT_LEAST -> value >= amount;
      case AT_MOST -> value <= amount;
    };
  }
}
