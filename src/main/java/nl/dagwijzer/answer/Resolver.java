package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;

/**
 * Resolves a {@link Query} on the programme: first the subject (what the question names: sessions, people, rooms,
 * roles, parts of the day; names of one kind add up, different kinds narrow down), then the conditions (times,
 * parts of the day, rounds, relations, lengths), then an order (the first, the longest).
 */
final class Resolver {
  /** Role words that mean leading or presenting, looked for in the programme's own roles. */
  static final Set<String> LEAD_ROLES = Set.of("voorzit", "gespreksleid", "discussieleid", "debatleid",
      "sessieleid", "workshopleid", "dagleid", "moderat", "presentat", "host", "gastheer", "gastvrouw");
  /** Of those, the roles that lead a whole day ("wie presenteert de dag?") rather than one session. */
  static final Set<String> DAY_ROLES = Set.of("voorzit", "dagleid", "presentat", "host", "gastheer", "gastvrouw");

  static final Set<EntityType> PEOPLE_TYPES = Set.of(EntityType.SPEAKER, EntityType.ROLE, EntityType.ORGANISATION);

  private final ProgrammeIndex index;
  private final LocalTime now;
  private final Relations relations;

  /** {@code focus}: what the conversation was last about, for "en wat komt daarna?". */
  Resolver(ProgrammeIndex index, LocalTime now, List<Entity> focus) {
    this.index = index;
    this.now = now;
    this.relations = new Relations(index, focus);
  }

  Selection resolve(Query query) {
    // "vlak voor de eerste keer X", "direct na de laatste X": the first or last time of a repeated session
    Optional<LocalTime> nth = query.order().filter(o -> o == Query.Order.FIRST || o == Query.Order.LAST)
        .flatMap(o -> query.all(Condition.Relative.class).stream().map(r -> relations.target(r.target()))
            .filter(ts -> ts.size() >= 2 && ts.stream().map(Session::title).distinct().count() == 1).findFirst()
            .map(ts -> o == Query.Order.FIRST ? ts.get(0).start() : ts.get(ts.size() - 1).start()));
    return nth.isPresent() && !query.has(Condition.At.class)
        ? resolve(new Query(query.asked(), query.conditions(), Optional.empty(), query.counted(), query.plural()), nth)
        : resolve(query, Optional.empty());
  }

  private Selection resolve(Query query, Optional<LocalTime> nth) {
    boolean timed = query.conditions().stream().anyMatch(c -> c instanceof Condition.At
        || c instanceof Condition.From || c instanceof Condition.Until || c instanceof Condition.Between
        || c instanceof Condition.Relative || c instanceof Condition.AtNow || c instanceof Condition.AfterNow
        || c instanceof Condition.InRound || c instanceof Condition.InPeriod);
    boolean comparing = (query.order().filter(o -> o == Query.Order.LONGEST || o == Query.Order.SHORTEST
        || o == Query.Order.SAME_LENGTH).isPresent() || query.all(Detail.class).stream()
        .anyMatch(d -> d.word().equals("vergelijk")))
        && query.all(Condition.About.class).size() >= 2;
    List<Condition.About> names = query.all(Condition.About.class);
    if (comparing && names.stream().filter(c -> c.entity().type() != EntityType.PART).count() >= 2) {
      // "de presentatie over jeugd of die over de wmo": the two named, not every presentation
      names = names.stream().filter(c -> c.entity().type() != EntityType.PART).toList();
    }
    // "welk onderdeel begint het laatst?" orders the day by start, it is not the day's first block
    Subject subject = Subject.of(index, names, query.has(Condition.Leading.class), timed || query.order().isPresent(),
        comparing);
    // "na X" is the next block, unless the question wants every match or a stretch of the day
    boolean every = query.plural() || query.asked() == Asked.COUNT || query.order().isPresent()
        || query.all(Detail.class).stream().anyMatch(d -> d.word().equals("alles"))
        || query.conditions().stream().anyMatch(c -> c instanceof Condition.InPeriod || c instanceof Condition.From
        || c instanceof Condition.Until || c instanceof Condition.Between);
    List<Session> sessions = subject.sessions();
    Optional<Integer> rank = query.all(Detail.class).stream().map(Detail::rank).filter(r -> r > 0).findFirst();
    if (rank.isPresent()) {
      return ranked(rank.get(), names.isEmpty(), sessions, subject.parts());
    }
    // "welke stand helpt met geldzaken?", "welk tafelgesprek is er voor jongeren?": of a kind of session, those whose
    // own texts use the question's word, when any do
    if (names.stream().anyMatch(c -> c.entity().type() == EntityType.PART)
        && names.stream().noneMatch(c -> c.entity().type() == EntityType.SESSION)) {
      java.util.Set<Session> saying = new java.util.HashSet<>();
      query.all(Detail.class).stream().flatMap(d -> d.text().stream()).forEach(w -> saying.addAll(index.mentioning(w)));
      List<Session> narrowed = filter(sessions, saying::contains);
      if (!narrowed.isEmpty() && narrowed.size() < sessions.size()) {
        sessions = narrowed;
      }
    }
    if (subject.edge() && query.asked() == Asked.PEOPLE && sessions.stream().allMatch(s -> s.speakerIds().isEmpty())) {
      // "wie sluit de dag af?" when the day ends with a lunch: the last block with someone speaking
      List<nl.dagwijzer.programme.Slot> slots = new ArrayList<>(index.programme().slots());
      if (!subject.parts().contains(DayPart.BEGIN)) {
        java.util.Collections.reverse(slots);
      }
      sessions = slots.stream().map(nl.dagwijzer.programme.Slot::sessions)
          .filter(ss -> ss.stream().anyMatch(x -> !x.speakerIds().isEmpty())).findFirst().orElse(sessions);
    }
    Phrases context = new Phrases();
    Optional<LocalTime> at = Optional.empty();
    boolean constrained = false;
    // "wat komt er na de rondleiding van 15:30?": the time says which of the rondleidingen, it filters nothing
    Optional<LocalTime> occurrence = query.all(Condition.At.class).stream().map(Condition.At::time)
        .filter(t -> query.all(Condition.Relative.class).stream().map(r -> relations.target(r.target()))
            .anyMatch(ts -> ts.size() >= 2 && ts.stream().anyMatch(s -> s.start().equals(t)))).findFirst()
        .or(() -> nth);
    for (Condition condition : query.conditions()) {
      Optional<List<Session>> filtered = Optional.empty();
      if (condition instanceof Condition.At c && occurrence.filter(c.time()::equals).isPresent()) {
        continue;
      }
      if (condition instanceof Detail d && d.people() > 0) {
        boolean atLeast = d.atLeast();
        int people = d.people();
        filtered = Optional.of(filter(sessions, s -> atLeast ? s.speakerIds().size() >= people
            : s.speakerIds().size() == people));
        context.add(atLeast ? (people == 1 ? "met een spreker" : "met " + people + " of meer personen")
            : people == 1 ? "met één persoon" : "met " + people + " personen");
      }
      if (condition instanceof Detail d && d.word().equals("zonder:spreker")) {
        filtered = Optional.of(filter(sessions, s -> s.speakerIds().isEmpty())); // "welke sessies hebben geen spreker?"
        context.add("zonder spreker");
      }
      if (condition instanceof Condition.At c && query.has(Condition.Progress.class)) {
        continue; // "is de workshop om 12:30 afgelopen?": the time the progress is judged at, not a filter
      } else if (condition instanceof Condition.SameRoom) {
        List<Session> anchors = relations.target(List.of());
        java.util.Set<String> rooms = new java.util.HashSet<>();
        query.all(Condition.Relative.class).forEach(r -> relations.target(r.target()).forEach(t -> t.room().ifPresent(rooms::add)));
        anchors.forEach(t -> t.room().ifPresent(rooms::add));
        filtered = Optional.of(filter(sessions, s -> s.room().filter(rooms::contains).isPresent()));
        context.add("in dezelfde zaal");
      } else if (condition instanceof Condition.At c) {
        at = Optional.of(c.time());
        // "wat begint er om half vier?": what starts then, not what is still going on
        boolean starting = subject.parts().contains(DayPart.BEGIN) && !subject.named();
        filtered = Optional.of(filter(sessions, starting ? s -> s.start().equals(c.time()) : running(c.time())));
        context.add("om " + DutchText.time(c.time()));
      } else if (condition instanceof Condition.AtNow c) {
        LocalTime time = now.plusMinutes(c.minutesFromNow());
        at = Optional.of(time);
        filtered = Optional.of(filter(sessions, running(time)));
        context.add(c.minutesFromNow() == 0 ? "nu (" + DutchText.time(time) + ")" : "om " + DutchText.time(time));
      } else if (condition instanceof Condition.Between c) {
        filtered = Optional.of(filter(sessions, s -> s.start().isBefore(c.to()) && s.end().isAfter(c.from())));
        context.add("tussen " + DutchText.time(c.from()) + " en " + DutchText.time(c.to()));
      } else if (condition instanceof Condition.From c) {
        // "wat is er na vijven nog?" includes what is still going on; "wat begint er na 16:00?" only what starts
        boolean starting = subject.parts().contains(DayPart.BEGIN);
        filtered = Optional.of(filter(sessions, s -> starting ? !s.start().isBefore(c.time())
            : s.end().isAfter(c.time())));
        context.add("vanaf " + DutchText.time(c.time()));
      } else if (condition instanceof Condition.Until c && query.has(Condition.Progress.class)) {
        continue; // the time the progress is judged by
      } else if (condition instanceof Condition.Until c) {
        filtered = Optional.of(filter(sessions, s -> s.start().isBefore(c.time())));
        context.add("voor " + DutchText.time(c.time()));
      } else if (condition instanceof Condition.InPeriod c) {
        filtered = Optional.of(filter(sessions, s -> c.period().contains(s.start())));
        context.add("in " + c.period().phrase());
      } else if (condition instanceof Condition.InRound c) {
        filtered = Optional.of(round(sessions, c.round(), context));
      } else if (condition instanceof Condition.AfterNow) {
        boolean all = subject.named() || query.all(Detail.class).stream().anyMatch(d -> d.word().equals("alles"));
        filtered = Optional.of(Relations.after(sessions, now, all, List.of(), speaking(query)));
        context.add("hierna");
      } else if (condition instanceof Condition.Relative c && c.relation() == Condition.Relation.AFTER
          && query.all(Detail.class).stream().anyMatch(d -> d.word().equals("lopend"))
          && !relations.target(c.target()).isEmpty()) {
        // "kan ik na de lunch nog langs de markt?": still on when it ends, not only starting after it
        List<Session> target = relations.target(c.target());
        LocalTime end = target.get(0).end();
        filtered = Optional.of(filter(sessions, s -> s.end().isAfter(end) && !target.contains(s)));
        context.add("na " + DutchText.name(target.get(0)));
      } else if (condition instanceof Condition.Relative c) {
        boolean adjacent = query.all(Detail.class).stream().anyMatch(d -> d.word().equals("vlak"));
        filtered = Optional.of(relations.relative(sessions, c, every && !adjacent, query.asked() == Asked.PEOPLE,
            adjacent, occurrence, context));
      } else if (condition instanceof Condition.Occurs c && subject.speakers().isEmpty()) {
        // "welke workshops worden twee keer gegeven?": those whose title is on the programme that many times
        java.util.Map<String, Integer> times = new java.util.HashMap<>();
        index.programme().sessions().forEach(s -> times.merge(s.title(), 1, Integer::sum));
        filtered = Optional.of(filter(sessions, s -> compare(times.get(s.title()), c.comparison(), c.count())));
        context.add(c.count() + " keer op het programma");
      } else if (condition instanceof Condition.Lasting c) {
        filtered = Optional.of(filter(sessions, s -> compare(s.lengthMinutes(), c.comparison(), c.minutes())));
        context.add(lengthPhrase(c));
      } else if (condition instanceof Condition.Excluded c && PEOPLE_TYPES.contains(c.entity().type())
          && (query.asked() == Asked.PEOPLE || query.asked() == Asked.COUNT)) {
        continue; // "wie zijn de panelleden, zonder de moderator?": the people writer leaves that person out
      } else if (condition instanceof Condition.Excluded c) {
        java.util.Set<Session> left = Sessions.setOf(relations.target(List.of(c.entity())));
        filtered = Optional.of(filter(sessions, s -> !left.contains(s)));
        context.add("zonder " + (c.entity().type() == EntityType.ROOM ? "wat in " + c.entity().id() + " is"
            : "‘" + c.entity().text() + "’"));
      } else if (condition instanceof Condition.Progress c) {
        Optional<LocalTime> exactly = query.first(Condition.At.class).map(Condition.At::time);
        LocalTime judged = exactly.or(() -> query.first(Condition.Until.class).map(Condition.Until::time)).orElse(now);
        // "is de workshop om 12:30 afgelopen?", "voor 5 uur afgelopen?": over by then
        filtered = Optional.of(filter(sessions, c.ended()
            ? s -> !s.end().isAfter(judged)
            : s -> !s.start().isAfter(judged)));
      }
      if (filtered.isPresent()) {
        sessions = filtered.get();
        constrained = true;
      }
    }
    Query ordered = query;
    if (query.order().isEmpty() && !subject.named() && !subject.edge() && !query.plural()
        && query.asked() != Asked.LIST && query.asked() != Asked.COUNT
        && (subject.parts().contains(DayPart.BEGIN) || subject.parts().contains(DayPart.EINDE))) {
      // "wanneer begint het middagprogramma?": the first of what the other conditions select
      ordered = new Query(query.asked(), query.conditions(), java.util.Optional.of(
          subject.parts().contains(DayPart.BEGIN) ? Query.Order.FIRST : Query.Order.LAST), query.counted());
    }
    sessions = Orders.apply(sessions, ordered);
    if (!subject.named() && !constrained && query.order().isEmpty() && !subject.edge()) {
      // A question that names and narrows nothing selects nothing: "hoe lang duurt de dag?" is not about each item.
      sessions = List.of();
    }
    return new Selection(sessions, subject.sessions(), subject.mentioned(), subject.speakers(), subject.topics(),
        subject.named(),
        subject.explicit(), constrained || query.order().isPresent(), subject.parts(), subject.missing(), at,
        context.toString());
  }

  /** People questions look past breaks: "wie spreekt er na X?" is the next session with a speaker. */
  private static Predicate<Session> speaking(Query query) {
    return query.asked() == Asked.PEOPLE ? s -> !s.speakerIds().isEmpty() : s -> true;
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

  private List<Session> round(List<Session> sessions, int number, Phrases context) {
    var rounds = index.rounds();
    if (rounds.isEmpty() || number > rounds.size()) {
      context.add("in ronde " + number);
      return List.of();
    }
    var slot = number < 0 ? rounds.get(rounds.size() - 1) : rounds.get(number - 1);
    context.add("in de " + DutchText.ordinal(number < 0 ? rounds.size() : number) + " ronde ("
        + DutchText.range(slot.start(), slot.end()) + ")");
    return filter(sessions, slot.sessions()::contains);
  }

  private static Predicate<Session> running(LocalTime time) {
    return s -> !time.isBefore(s.start()) && time.isBefore(s.end());
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

  private static String lengthPhrase(Condition.Lasting lasting) {
    String amount = DutchText.minutes(lasting.minutes());
    return switch (lasting.comparison()) {
      case EQUAL -> "van " + amount;
      case MORE -> "langer dan " + amount;
      case LESS -> "korter dan " + amount;
      case NOT_EQUAL -> "niet van " + amount;
      case AT_LEAST -> "van " + amount + " of langer";
      case AT_MOST -> "van " + amount + " of korter";
    };
  }

  private static List<Session> filter(List<Session> sessions, Predicate<Session> keep) {
    return sessions.stream().filter(keep).toList();
  }

}
