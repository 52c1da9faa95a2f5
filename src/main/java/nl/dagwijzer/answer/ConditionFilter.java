package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * Narrows a question's subject by its conditions, in the order the question gives them (times, parts of the day,
 * rounds, relations, lengths, people per session, exclusions), and says each condition in words for the reply.
 */
final class ConditionFilter {
  /** The sessions left, whether any condition narrowed them, the clock time asked about and the conditions said. */
  record Result(List<Session> sessions, boolean constrained, Optional<LocalTime> at, String context) {
  }

  private final ProgrammeIndex index;
  private final LocalTime now;
  private final Relations relations;
  private final Query query;
  private final Subject subject;
  /** "na X" is every later session rather than the next block. */
  private final boolean every;
  /** The start of the one of several same-titled sessions a relation is about ("de rondleiding van 15:30"). */
  private final Optional<LocalTime> occurrence;
  /** "na workshop B in ronde 2": the round picks the occurrence and filters nothing. */
  private final boolean roundSaysWhich;
  private final Phrases context = new Phrases();
  private final RoundFilter roundFilter;
  private Optional<LocalTime> at = Optional.empty();
  /** Keep only the first block left at the end ("na X" with a room: every later session was kept). */
  private boolean firstAfter;
  /** "wat doet groep 7-8 na de lunch?": what follows for the group, by its own sessions. */
  private boolean groupAfter;

  ConditionFilter(ProgrammeIndex index, LocalTime now, Relations relations, Query query, Subject subject,
                  boolean every, Optional<LocalTime> nth) {
    this.index = index;
    this.roundFilter = new RoundFilter(index, context);
    this.now = now;
    this.relations = relations;
    this.query = query;
    this.subject = subject;
    this.every = every;
    // "wat komt er na de rondleiding van 15:30?": the time says which of the rondleidingen, it filters nothing
    Optional<LocalTime> byRound = Occurrence.inRound(index, query, relations);
    this.occurrence = query.all(Condition.At.class).stream().map(Condition.At::time)
        .filter(t -> query.all(Condition.Relative.class).stream().map(r -> relations.target(r.target()))
            .anyMatch(ts -> !ts.isEmpty() && ts.stream().anyMatch(s -> s.start().equals(t)))).findFirst()
        .or(() -> nth).or(() -> AttendeeGroups.turn(query, relations)).or(() -> byRound);
    this.roundSaysWhich = byRound.isPresent() && occurrence.equals(byRound);
  }

  Result apply(List<Session> subjectSessions) {
    List<Session> sessions = subjectSessions;
    boolean constrained = false;
    List<Condition.InRound> rounds = query.all(Condition.InRound.class);
    for (Condition condition : query.conditions()) {
      if (condition instanceof Condition.InRound && rounds.size() >= 2) {
        if (condition == rounds.get(0)) {
          sessions = roundFilter.several(sessions, rounds, query.hasDetail("allebei"));
          constrained = true;
        }
        continue;
      }
      Optional<List<Session>> filtered = one(condition, sessions);
      if (filtered.isPresent()) {
        sessions = filtered.get();
        constrained = true;
      }
    }
    Optional<String> group = query.all(nl.dagwijzer.nlu.Detail.class).stream().flatMap(d -> d.group().stream())
        .findFirst();
    if (groupAfter && group.isPresent() && !AttendeeGroups.own(sessions, group.get()).isEmpty()) {
      // the group's own sessions first: the school photo for everyone is not what groep 7-8 does next
      sessions = AttendeeGroups.own(sessions, group.get());
    }
    if (firstAfter && !sessions.isEmpty()) {
      // "wat is er na de praktijkroute in dezelfde zaal?": the next one there, however long after
      LocalTime first = sessions.stream().map(Session::start).min(java.util.Comparator.comparingInt(this::m))
          .orElseThrow(); // (in the day's own order: 22:30 before 00:00)
      sessions = filter(sessions, s -> s.start().equals(first));
    }
    return new Result(sessions, constrained, at, context.toString());
  }

  /** Where the query names a room among its conditions (they come in the order of the question), or -1. */
  private int roomAt() {
    for (int i = 0; i < query.conditions().size(); i++) {
      if (query.conditions().get(i) instanceof Condition.About about && about.entity().type() == EntityType.ROOM) {
        return i;
      }
    }
    return -1;
  }

  /** The sessions left after one condition, or empty when it filters nothing here. */
  private Optional<List<Session>> one(Condition condition, List<Session> sessions) {
    if (condition instanceof Condition.At c && occurrence.filter(c.time()::equals).isPresent()
        || condition instanceof Condition.InRound && roundSaysWhich) {
      return Optional.empty();
    }
    if (condition instanceof Detail d) {
      return DetailFilter.apply(d, sessions, query, index.programme(), now, context);
    }
    if (condition instanceof Condition.At || condition instanceof Condition.AtNow
        || condition instanceof Condition.Between || condition instanceof Condition.From
        || condition instanceof Condition.Until || condition instanceof Condition.InPeriod
        || condition instanceof Condition.InRound || condition instanceof Condition.Progress) {
      return timed(condition, sessions);
    }
    if (condition instanceof Condition.SameRoom || condition instanceof Condition.AfterNow
        || condition instanceof Condition.BeforeNow
        || condition instanceof Condition.Relative) {
      return related(condition, sessions);
    }
    return other(condition, sessions);
  }

  private Optional<List<Session>> timed(Condition condition, List<Session> sessions) {
    if (condition instanceof Condition.At c && query.has(Condition.Progress.class)) {
      at = Optional.of(c.time()); // (what is nearest it, when nothing is on then)
      return Optional.empty(); // "is de workshop om 12:30 afgelopen?": the time the progress is judged at
    } else if (condition instanceof Condition.At c) {
      at = Optional.of(c.time());
      // "wat begint er om half vier?", "welke rondleiding begint om half 2?": what starts then, not what is still
      // going on
      boolean starting = subject.parts().contains(DayPart.BEGIN) && (!subject.named() || ofSeveral(sessions));
      // "wat eindigt er om 14:40?": what ends then
      boolean ending = subject.parts().contains(DayPart.EINDE) && !subject.named() && !starting;
      context.add("om " + DutchText.time(c.time()));
      List<Session> then = filter(sessions, starting ? s -> s.start().equals(c.time())
          : ending ? s -> s.end().equals(c.time()) : running(c.time()));
      // "welke rondleiding is er om 12 uur?" of tours every half hour: the one that starts then, not the one ending
      boolean series = query.all(Condition.About.class).stream().anyMatch(a -> nl.dagwijzer.nlu.SeriesNames
          .isSeries(a.entity()));
      List<Session> startingThen = filter(then, s -> s.start().equals(c.time()));
      // ("welke tuinen zijn om 10:00 al open?": every one open then)
      return Optional.of(series && !starting && !ending && !query.hasDetail("lopend") && !startingThen.isEmpty()
          ? startingThen : then);
    } else if (condition instanceof Condition.AtNow c) {
      LocalTime time = now.plusMinutes(c.minutesFromNow());
      at = Optional.of(time);
      context.add(c.minutesFromNow() == 0 ? "nu (" + DutchText.time(time) + ")" : "om " + DutchText.time(time));
      return Optional.of(filter(sessions, running(time)));
    } else if (condition instanceof Condition.Between c) {
      context.add("tussen " + DutchText.time(c.from()) + " en " + DutchText.time(c.to()));
      // "wat begint er tussen 14:00 en 15:00?": what starts then, not what is still going on
      boolean starting = subject.parts().contains(DayPart.BEGIN) && !subject.named();
      return Optional.of(filter(sessions, starting
          ? s -> m(s.start()) >= m(c.from()) && m(s.start()) < m(c.to())
          : s -> m(s.start()) < m(c.to()) && m(s.end()) > m(c.from())));
    } else if (condition instanceof Condition.From c) {
      // "wat is er na vijven nog?" includes what is still going on; "wat begint er na 16:00?" only what starts
      boolean starting = subject.parts().contains(DayPart.BEGIN);
      context.add("vanaf " + DutchText.time(c.time()));
      return Optional.of(filter(sessions, s -> starting ? m(s.start()) >= m(c.time()) : m(s.end()) > m(c.time())));
    } else if (condition instanceof Condition.Until c && query.has(Condition.Progress.class)) {
      return Optional.empty(); // the time the progress is judged by
    } else if (condition instanceof Condition.Until c && query.hasDetail(Detail.OPEN_UNTIL)) {
      context.add("open tot " + DutchText.time(c.time())); // "welke tuinen zijn tot 17:00 open?": still open then
      return Optional.of(filter(sessions, s -> m(s.end()) >= m(c.time())));
    } else if (condition instanceof Condition.Until c) {
      context.add("voor " + DutchText.time(c.time())); // "welke zijn voor half 4 al afgelopen?": over by then
      return Optional.of(filter(sessions, subject.parts().contains(DayPart.EINDE) ? s -> m(s.end()) <= m(c.time())
          : s -> m(s.start()) < m(c.time())));
    } else if (condition instanceof Condition.InPeriod c) {
      context.add("in " + c.period().phrase());
      return Optional.of(WholeStretch.inPeriod(sessions, c.period(),
          index.programme().firstStart().orElse(java.time.LocalTime.MIN)));
    } else if (condition instanceof Condition.InRound c) {
      return Optional.of(roundFilter.round(sessions, c.round(), query.first(Condition.InPeriod.class)
          .map(Condition.InPeriod::period), relations.startOfBefore(query), query.hasDetail(Detail.ALONGSIDE_ROUND)));
    } else if (condition instanceof Condition.Progress c) {
      Optional<LocalTime> exactly = query.first(Condition.At.class).map(Condition.At::time);
      LocalTime judged = exactly.or(() -> query.first(Condition.Until.class).map(Condition.Until::time)).orElse(now);
      // "is de workshop om 12:30 afgelopen?", "voor 5 uur afgelopen?": over by then
      // ("is er om 14:50 nog een proefles bezig?": started and still on then)
      boolean stillOn = query.hasDetail("lopend");
      return Optional.of(filter(sessions, c.ended()
          ? s -> m(s.end()) <= m(judged)
          : s -> m(s.start()) <= m(judged) && (!stillOn || m(s.end()) > m(judged))));
    }
    return Optional.empty();
  }

  private Optional<List<Session>> related(Condition condition, List<Session> sessions) {
    if (condition instanceof Condition.SameRoom) {
      Set<String> rooms = new HashSet<>();
      query.all(Condition.Relative.class)
          .forEach(r -> relations.target(r.target()).forEach(t -> t.room().ifPresent(rooms::add)));
      relations.target(List.of()).forEach(t -> t.room().ifPresent(rooms::add));
      context.add("in dezelfde zaal");
      return Optional.of(filter(sessions, s -> s.room().filter(rooms::contains).isPresent()));
    } else if (condition instanceof Condition.BeforeNow c) {
      return Optional.of(NowFilter.before(sessions, c, now, query, context));
    } else if (condition instanceof Condition.AfterNow) {
      return Optional.of(NowFilter.after(sessions, now, query, subject, context, this::m));
    } else if (condition instanceof Condition.Relative c && c.relation() == Condition.Relation.AFTER
        && query.hasDetail("lopend") && !relations.target(c.target()).isEmpty()) {
      // "kan ik na de lunch nog langs de markt?": still on when it ends, not only starting after it
      List<Session> target = relations.target(c.target());
      LocalTime end = target.get(0).end();
      context.add("na " + DutchText.name(target.get(0)));
      return Optional.of(filter(sessions, s -> s.end().isAfter(end) && !target.contains(s)));
    } else if (condition instanceof Condition.Relative c && c.relation() == Condition.Relation.DURING
        && startsAsked() && !relations.target(c.target()).isEmpty()) {
      return Optional.of(StartingDuring.of(sessions, relations.target(c.target()), occurrence,
          query.hasDetail("zelfde-start"), context));
    } else if (condition instanceof Condition.Relative c && c.relation() == Condition.Relation.AFTER
        && c.target().isEmpty() && relations.allOnAt(now)) {
      // "wat is er nu?" and then "en daarna?": what starts next, not what follows the longest of what is on
      context.add("hierna");
      return Optional.of(Relations.after(sessions, now, every, List.of(), s -> true, this::m));
    } else if (condition instanceof Condition.Relative c) {
      boolean adjacent = query.hasDetail("vlak");
      // with a room as well, the next block may be elsewhere: take every later one, the room picks, then the first
      boolean roomToo = !every && !adjacent && (query.has(Condition.SameRoom.class)
          || query.all(Condition.About.class).stream().anyMatch(about -> about.entity().type() == EntityType.ROOM));
      boolean inRoom = roomToo && c.relation() == Condition.Relation.AFTER;
      // "daarna in dezelfde zaal", "wat is er in de aula na X?", "wie is er na X in Theater 1?" are the next one
      // there; "wat is er na de lunch in Theater 1?" all of that room after it, as "voor de lunch in Theater 2" is
      // (after a break it is the rest of the day there: "wat is er in de kantine na de lunch?")
      firstAfter |= inRoom && (query.has(Condition.SameRoom.class) || query.asked() == Asked.PEOPLE
          || query.conditions().indexOf(c) > roomAt()) && !relations.allBreaks(c.target());
      // "wat is er voor de lunch in Theater 2?", "wat is er nog tot de lunch?": all of that room, or from now, before it
      boolean upTo = c.relation() == Condition.Relation.BEFORE && (roomToo || query.has(Condition.AfterNow.class)
          || query.has(Condition.From.class) || query.has(Condition.AtNow.class) || query.hasDetail("vanaf-nu")
          || query.asked() == Asked.LIST && AttendeeGroups.asked(query)); // "wat doet groep geel voor de pauze?"
      // "wat doet groep 7-8 na de lunch?": the next block may be for other groups: every later one, then the group's
      boolean forGroup = !every && !adjacent && c.relation() == Condition.Relation.AFTER && AttendeeGroups.asked(query);
      firstAfter |= forGroup;
      groupAfter |= forGroup;
      return Optional.of(relations.relative(sessions, c, every && !adjacent || inRoom || upTo || forGroup,
          query.asked() == Asked.PEOPLE, adjacent, occurrence, context));
    }
    return Optional.empty();
  }

  private Optional<List<Session>> other(Condition condition, List<Session> sessions) {
    if (condition instanceof Condition.Occurs c && subject.speakers().isEmpty()) {
      // "welke workshops worden twee keer gegeven?": those whose title is on the programme that many times
      Map<String, Integer> times = new HashMap<>();
      index.programme().sessions().forEach(s -> times.merge(s.title(), 1, Integer::sum));
      context.add(c.count() + " keer op het programma");
      return Optional.of(filter(sessions, s -> Resolver.compare(times.get(s.title()), c.comparison(), c.count())));
    } else if (condition instanceof Condition.Lasting c) {
      context.add(DutchText.lasting(c.comparison(), c.minutes()));
      DescriptionIndex said = index.descriptions();
      // a list by the programme's times ("Een kaars rollen duurt 15 minuten" is one candle), a yes/no by the text
      return Optional.of(filter(sessions, s -> Resolver.compare(query.asked() == Asked.LIST ? s.lengthMinutes()
          : said.minutes(s), c.comparison(), c.minutes())));
    } else if (condition instanceof Condition.Excluded c && Resolver.PEOPLE_TYPES.contains(c.entity().type())
        && (query.asked() == Asked.PEOPLE || query.asked() == Asked.COUNT)) {
      return Optional.empty(); // "wie zijn de panelleden, zonder de moderator?": the people writer leaves them out
    } else if (condition instanceof Condition.Excluded c) {
      Set<Session> left = Sessions.setOf(relations.target(List.of(c.entity())));
      context.add("zonder " + (c.entity().type() == EntityType.ROOM ? "wat in " + c.entity().id() + " is"
          : "‘" + c.entity().text() + "’"));
      return Optional.of(filter(sessions, s -> !left.contains(s)));
    }
    return Optional.empty();
  }

  /** "welke rondleiding ...?": a list of several named sessions, one of which the question picks. */
  private boolean ofSeveral(List<Session> sessions) {
    return (query.asked() == Asked.LIST || query.asked() == Asked.PEOPLE) && sessions.size() > 1;
  }

  private Predicate<Session> running(LocalTime time) {
    return s -> index.programme().runsAt(s.start(), s.end(), time);
  }

  /** Minutes in the day's own order: on an evening past midnight, 00:30 comes after 23:30. */
  private int m(LocalTime time) {
    return index.programme().minutes(time);
  }

  private static List<Session> filter(List<Session> sessions, Predicate<Session> keep) {
    return sessions.stream().filter(keep).toList();
  }

  /** "wat begint er ...?": what starts, named by the part of the day "begin". */
  private boolean startsAsked() {
    return query.all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.PART
        && c.entity().id().equals(nl.dagwijzer.nlu.DayPart.BEGIN.id()));
  }
}
