package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * Which of a session given more than once a relation is about: "vlak voor de eerste keer X", "na de laatste
 * workshop", "na de demo bij stand 124". The words that say so then select nothing themselves.
 */
final class Occurrence {
  /** The query left to resolve, and the start of the occurrence meant (none: as the query says). */
  record Meant(Query query, Optional<LocalTime> start) {
  }

  private Occurrence() {
  }

  static Meant meant(Query query, Relations relations, ProgrammeIndex index) {
    // "vlak voor de eerste keer X", "direct na de laatste X": the first or last time of a repeated session
    Optional<LocalTime> nth = query.order().filter(o -> o == Query.Order.FIRST || o == Query.Order.LAST)
        .flatMap(o -> query.all(Condition.Relative.class).stream().map(r -> relations.target(r.target()))
            .filter(ts -> ts.size() >= 2 && ts.stream().map(Session::title).distinct().count() == 1).findFirst()
            .map(ts -> o == Query.Order.FIRST ? ts.get(0).start() : ts.get(ts.size() - 1).start()));
    // "na de laatste workshop", "voor het eerste debatblok": the first or last of the target, whatever its titles
    Optional<Integer> block = query.all(Detail.class).stream().flatMap(d -> d.targetBlock().stream()).findFirst();
    if (block.isPresent()) {
      nth = query.all(Condition.Relative.class).stream().map(r -> relations.target(r.target()))
          .filter(ts -> !ts.isEmpty()).findFirst()
          .flatMap(ts -> blockStart(ts, block.get()));
    }
    if (nth.isEmpty() && query.order().isEmpty()) {
      Optional<LocalTime> inRoom = roomStart(query, relations, index);
      if (inRoom.isPresent()) {
        // "wat is er na de demo bij stand 124?": the room says which demo and no longer narrows what comes after it
        List<Condition> rest = query.conditions().stream().filter(c -> !(c instanceof Condition.About about
            && about.entity().type() == EntityType.ROOM)).toList();
        return new Meant(new Query(query.asked(), rest, query.order(), query.counted(), query.plural()), inRoom);
      }
      Optional<LocalTime> inPeriod = periodStart(query, relations);
      if (inPeriod.isPresent()) {
        // "wat is er na de scenario's van de middag?": the part of the day says which, it filters nothing
        List<Condition> rest = query.conditions().stream().filter(c -> !(c instanceof Condition.InPeriod)).toList();
        return new Meant(new Query(query.asked(), rest, query.order(), query.counted(), query.plural()), inPeriod);
      }
    }
    return nth.isPresent() && !query.has(Condition.At.class)
        ? new Meant(new Query(query.asked(), query.conditions(), Optional.empty(), query.counted(), query.plural()),
        nth)
        : new Meant(query, Optional.empty());
  }

  /**
   * "wat komt er na workshop B in ronde 2?": the start of the one of a session given in every round that the round
   * names, when a relation is about such a session; then the round says which it is and filters nothing.
   */
  static Optional<LocalTime> inRound(ProgrammeIndex index, Query query, Relations relations) {
    List<Condition.InRound> rounds = query.all(Condition.InRound.class);
    if (rounds.size() != 1) {
      return Optional.empty();
    }
    RoundFilter quiet = new RoundFilter(index, new Phrases());
    return query.all(Condition.Relative.class).stream().map(r -> relations.target(r.target()))
        .filter(target -> target.size() > 1).map(target -> quiet.round(target, rounds.get(0).round()))
        .filter(in -> in.size() == 1).map(in -> in.get(0).start()).findFirst();
  }

  /**
   * Of a session given both in and outside the one part of the day the query names, the start of its first time in
   * that part; then the part of the day says which one a relation is about.
   */
  private static Optional<LocalTime> periodStart(Query query, Relations relations) {
    List<Condition.InPeriod> periods = query.all(Condition.InPeriod.class);
    List<Condition.Relative> relatives = query.all(Condition.Relative.class);
    if (periods.size() != 1 || relatives.size() != 1 || relatives.get(0).target().isEmpty()) {
      return Optional.empty();
    }
    List<Session> target = relations.target(relatives.get(0).target());
    List<Session> in = target.stream().filter(s -> periods.get(0).period().contains(s.start())).toList();
    return in.isEmpty() || in.size() == target.size() ? Optional.empty() : Optional.of(in.get(0).start());
  }

  /** The start of the {@code n}th block of {@code sessions} (-1: the last); parallel sessions are one block. */
  private static Optional<LocalTime> blockStart(List<Session> sessions, int n) {
    List<LocalTime> starts = sessions.stream().map(Session::start).distinct().sorted().toList();
    int at = n < 0 ? starts.size() - 1 : n - 1;
    return at < starts.size() ? Optional.of(starts.get(at)) : Optional.empty();
  }

  /** Of a session given at several places, the start of the one in the one room the query names. */
  private static Optional<LocalTime> roomStart(Query query, Relations relations, ProgrammeIndex index) {
    List<Condition.About> rooms = query.all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.ROOM).toList();
    if (rooms.size() != 1) {
      return Optional.empty();
    }
    Set<Session> there = Sessions.setOf(index.inRoom(rooms.get(0).entity().id()));
    // "na de demo bij stand 124" names the room after the session; "op Podium Noord na X" is where the answer is
    int roomAt = query.conditions().indexOf(rooms.get(0));
    return query.all(Condition.Relative.class).stream().filter(r -> query.conditions().indexOf(r) < roomAt)
        .map(r -> relations.target(r.target()))
        .filter(ts -> ts.size() >= 2).map(ts -> ts.stream().filter(there::contains).toList())
        .filter(in -> in.size() == 1).map(in -> in.get(0).start()).findFirst();
  }
}
