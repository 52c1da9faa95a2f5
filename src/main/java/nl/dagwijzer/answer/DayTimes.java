package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.List;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPeriod;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Programme;

/**
 * Clock times read against the day they are asked about: "om 8 uur" on an evening programme is 20:00, as anyone at
 * that event means it. Only an hour that lies well before the programme while the same hour in the afternoon falls
 * within it is moved, and never when the question says "'s ochtends".
 */
final class DayTimes {
  private DayTimes() {
  }

  static Query normalise(Query query, Programme programme) {
    if (programme.sessions().isEmpty()) {
      return query;
    }
    LocalTime first = programme.firstStart().orElseThrow();
    LocalTime last = programme.lastEnd().orElseThrow();
    // an evening that runs past midnight ends, for reading its hours, at the end of its date
    LocalTime end = programme.pastMidnight() ? LocalTime.MAX : last;
    if (query.has(Condition.Edge.class)) {
      // "in het laatste half uur": that stretch of this day
      query = query.withConditions(query.conditions().stream().map(c -> c instanceof Condition.Edge edge
          ? (edge.last() ? new Condition.Between(last.minusMinutes(edge.minutes()), last)
          : new Condition.Between(first, first.plusMinutes(edge.minutes()))) : c).toList());
    }
    for (DayPeriod period : DayPeriod.values()) {
      if (wholeDayIn(programme, period, query)) {
        // "hoe laat is de ochtend afgelopen?" on a morning whose closing starts at 12:20, "hoe laat begint de
        // avond?" on an evening from 17:00: the whole day
        query = query.withConditions(query.conditions().stream()
            .filter(c -> !(c instanceof Condition.InPeriod p && p.period() == period)).toList());
      }
    }
    if (query.conditions().stream()
        .anyMatch(c -> c instanceof Condition.InPeriod p && p.period() == DayPeriod.MORNING)) {
      return query;
    }
    List<Condition> conditions = query.conditions().stream().map(c -> {
      if (c instanceof Condition.At at) {
        return (Condition) new Condition.At(shift(at.time(), first, end));
      } else if (c instanceof Condition.From from) {
        return new Condition.From(shift(from.time(), first, end));
      } else if (c instanceof Condition.Until until) {
        return new Condition.Until(shift(until.time(), first, end));
      } else if (c instanceof Condition.Between between) {
        return new Condition.Between(shift(between.from(), first, end), shift(between.to(), first, end));
      }
      return c;
    }).toList();
    return query.withConditions(conditions);
  }

  /**
   * A programme that is only a morning (nothing starts after 13:00), only an afternoon (from 11:30, nothing after
   * 18:30) or only an evening (from 16:00) is what "de ochtend", "de middag" or "de avond" means, all of it.
   */
  private static boolean wholeDayIn(Programme programme, DayPeriod period, Query query) {
    if (query.conditions().stream().noneMatch(c -> c instanceof Condition.InPeriod p && p.period() == period)) {
      return false;
    }
    LocalTime first = programme.firstStart().orElseThrow();
    LocalTime lastStart = programme.sessions().stream().map(nl.dagwijzer.programme.Session::start)
        .max(java.util.Comparator.naturalOrder()).orElseThrow();
    return switch (period) {
      case MORNING -> !lastStart.isAfter(LocalTime.of(13, 0));
      case AFTERNOON -> !first.isBefore(LocalTime.of(11, 30)) && !lastStart.isAfter(LocalTime.of(18, 30));
      case EVENING -> !first.isBefore(LocalTime.of(16, 0));
    };
  }

  /** On a day past midnight, a time before this is in the night after it. */
  private static final LocalTime NIGHT_ENDS = LocalTime.of(6, 0);

  private static LocalTime shift(LocalTime time, LocalTime first, LocalTime last) {
    if (time.getHour() >= 12 || !time.isBefore(first.minusHours(2))) {
      return time;
    }
    if (last == LocalTime.MAX && time.isBefore(NIGHT_ENDS)) {
      return time; // "om kwart over 1 's nachts" at a party past midnight: the night, not the afternoon
    }
    LocalTime later = time.plusHours(12);
    // an evening until 23:30 ends "an hour later" at midnight, not at half past midnight of the same day
    LocalTime end = last.getHour() >= 23 ? LocalTime.MAX : last.plusHours(1);
    boolean within = !later.isBefore(first.minusHours(1)) && !later.isAfter(end);
    return within ? later : time;
  }
}
