package nl.dagwijzer.answer;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "zijn de kramen er de hele dag?", "is de ergotherapeut er de hele dag?": yes when what is named runs for most of the
 * day (a market from 10:00 on a day from 09:30), no when it is a part of it, with both times.
 */
final class YesNoWholeDay {
  /** Open for at least this share of the day is "de hele dag": a market often opens after the welcome. */
  private static final double MOST = 0.75;

  private YesNoWholeDay() {
  }

  static Optional<Written> answer(Answering a) {
    List<Session> named = a.selection().subject();
    // "is de digid-hulp de hele middag?": the whole afternoon of the day, as the whole day is all of it
    Optional<nl.dagwijzer.nlu.DayPeriod> period = a.query().all(Detail.class).stream()
        .flatMap(d -> d.wholeStretch().stream()).flatMap(w -> nl.dagwijzer.nlu.DayPeriod.ofWord(w).stream())
        .findFirst();
    if (!a.selection().named() || named.isEmpty() || !a.query().hasDetail(Detail.WHOLE_DAY)
        && period.isEmpty()) {
      return Optional.empty();
    }
    LocalTime first = a.programme().firstStart().orElseThrow();
    LocalTime last = a.programme().lastEnd().orElseThrow();
    LocalTime dayStart = period.filter(p -> p.from().isAfter(first)).map(p -> p.from()).orElse(first);
    LocalTime dayEnd = period.filter(p -> p.until().isBefore(last)).map(p -> p.until()).orElse(last);
    LocalTime from = named.stream().map(Session::start).min(LocalTime::compareTo).orElseThrow();
    LocalTime to = named.stream().map(Session::end).max(LocalTime::compareTo).orElseThrow();
    String what = named.stream().map(Session::title).distinct().count() == 1 ? DutchText.name(named.get(0)) : "het";
    // "is de markt de hele dag open?" on a day open from 10:00 to 17:00 with a banquet at night: the day's own hours
    Optional<DayOpeningHours.Hours> open = period.isPresent() ? Optional.empty() : DayOpeningHours.hours(a)
        .filter(h -> h.until().isBefore(last) && !from.isAfter(h.from()) && !to.isBefore(h.until()));
    if (open.isPresent()) {
      return Optional.of(Written.text("Ja, " + what + " is van " + DutchText.time(from) + " tot " + DutchText.time(to)
          + "; " + DutchText.lowerFirst(open.get().quoted())).turningTo(named));
    }
    boolean most = minutes(from, to) >= MOST * minutes(dayStart, dayEnd);
    return Optional.of(Written.text((most ? "Ja, " : "Nee, ") + what + " is van "
        + DutchText.time(from) + " tot " + DutchText.time(to) + "; " + (dayStart.equals(first) && dayEnd.equals(last)
        ? "het programma" : period.get().phrase()) + " loopt van " + DutchText.time(dayStart)
        + " tot " + DutchText.time(dayEnd) + ".").turningTo(named));
  }

  /** Minutes from one time to the next, past midnight too: an open night from 19:00 to 01:00 lasts 360. */
  private static long minutes(LocalTime from, LocalTime to) {
    long minutes = Duration.between(from, to).toMinutes();
    return minutes < 0 ? minutes + Duration.ofDays(1).toMinutes() : minutes;
  }
}
