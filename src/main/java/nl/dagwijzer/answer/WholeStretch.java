package nl.dagwijzer.answer;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.DayPeriod;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "wat loopt er de hele middag door?", "wat is er de hele dag open?": what runs through most of that stretch of the
 * programme (a food court from 12:00 to 19:00 on an afternoon from 12:00 to 19:30), not what starts in it; and what
 * is in a part of the day at all.
 */
final class WholeStretch {
  /** Open for at least this share of the stretch is "de hele middag", as {@link YesNoWholeDay} has it. */
  private static final double MOST = 0.75;

  private WholeStretch() {
  }

  static List<Session> apply(List<Session> sessions, Query query, Programme programme) {
    Optional<String> stretch = query.all(Detail.class).stream().flatMap(d -> d.wholeStretch().stream()).findFirst();
    if (stretch.isEmpty() || query.asked() != Asked.LIST || programme.sessions().isEmpty()) {
      return sessions;
    }
    LocalTime from = programme.firstStart().orElseThrow();
    LocalTime to = programme.lastEnd().orElseThrow();
    Optional<DayPeriod> period = DayPeriod.ofWord(stretch.get());
    if (period.isPresent()) {
      from = from.isAfter(period.get().from()) ? from : period.get().from();
      to = to.isBefore(period.get().until()) ? to : period.get().until();
    }
    long window = Duration.between(from, to).toMinutes();
    if (window <= 0) {
      return sessions;
    }
    LocalTime start = from;
    LocalTime end = to;
    List<Session> whole = sessions.stream()
        .filter(s -> DayPeriod.minutesWithin(s.start(), s.end(), start, end) >= MOST * window).toList();
    // a day from 07:30 to 23:30 whose fair is open from 10:00 to 18:00: what runs longest is open "de hele dag"
    long longest = sessions.stream().mapToLong(s -> DayPeriod.minutesWithin(s.start(), s.end(), start, end))
        .max().orElse(0);
    return !whole.isEmpty() || longest < LONG_OPEN ? whole : sessions.stream()
        .filter(s -> DayPeriod.minutesWithin(s.start(), s.end(), start, end) >= MOST * longest).toList();
  }

  /** Minutes a session must last to be open all day on a day whose hours run far beyond it. */
  private static final int LONG_OPEN = 180;

  /** Minutes before the evening in which a session that mostly falls in the evening may start. */
  private static final int EARLY_EVENING = 60;

  /**
   * "wat is er 's middags?": what starts in that part of the day; when nothing does, what mostly falls in it ("hoe laat
   * gaan we eten vanavond?" of a dinner from 17:45 to 19:00); in the evening also what starts shortly before it and
   * mostly falls in it ("wat is er 's avonds?" of a barbecue from 17:30 to 19:30). The evening of a day that goes on
   * past midnight ({@code firstStart} after the session's start: "Feest met DJ" at 00:00 on a day from 12:30) takes
   * the night in.
   */
  static List<Session> inPeriod(List<Session> sessions, DayPeriod period, java.time.LocalTime firstStart) {
    List<Session> starting = sessions.stream().filter(s -> period.contains(s.start())
        || period == DayPeriod.EVENING && s.start().isBefore(firstStart)).toList();
    // ("is de lezing 's middags?" of one talk from 11:45 to 12:30: no, it starts in the morning)
    if (starting.isEmpty() && sessions.stream().map(Session::title).distinct().count() > 1) {
      return sessions.stream().filter(s -> period.mostlyHolds(s.start(), s.end())).toList();
    }
    // an evening meal from 17:30 is of the evening, though it starts before six; not so a talk at 11:45 of the
    // afternoon, nor a market all day
    return period != DayPeriod.EVENING ? starting : sessions.stream().filter(s -> starting.contains(s)
        || period.mostlyHolds(s.start(), s.end()) && s.start().isAfter(period.from().minusMinutes(EARLY_EVENING)))
        .toList();
  }
}
