package nl.dagwijzer.answer;

import nl.dagwijzer.nlu.Condition;

/** "is het al begonnen?", "is het om tien uur afgelopen?": the day's own progress at a time, yes or no. */
final class YesNoProgress {
  private YesNoProgress() {
  }

  /** "is alles om 1 uur afgelopen?", "is het al begonnen?": about the day as a whole. */
  static Written answer(Answering a, Condition.Progress progress) {
    java.time.LocalTime at = a.query().first(Condition.At.class).map(Condition.At::time)
        .or(() -> a.query().first(Condition.Until.class).map(Condition.Until::time)).orElse(a.now());
    java.time.LocalTime start = a.programme().firstStart().orElseThrow();
    java.time.LocalTime end = a.programme().lastEnd().orElseThrow();
    String span = "het programma loopt van " + DutchText.time(start) + " tot " + DutchText.time(end) + ".";
    if (progress.ended() && a.query().has(Condition.At.class) && end.isBefore(at)) {
      // "is het om tien uur afgelopen?" asks when it ends: not at ten, already at half past nine
      return Written.text("Nee, het is al om " + DutchText.time(end) + " afgelopen; " + span);
    }
    boolean yes = progress.ended() ? !end.isAfter(at) : !start.isAfter(at);
    if (yes && !progress.ended() && a.query().hasDetail("lopend") && !end.isAfter(at)) {
      // "is de open dag om half 5 nog bezig?": begun, but over by then
      return Written.text("Nee, om " + DutchText.time(at) + " is het al afgelopen; " + span);
    }
    java.util.List<nl.dagwijzer.programme.Session> first = a.programme().sessions().stream()
        .filter(s -> s.start().equals(start)).toList();
    if (!yes && !progress.ended() && first.size() == 1) {
      // "is er al iets begonnen?" before the start: what it starts with, and when
      return Written.text("Nee, het programma begint om " + DutchText.time(start) + " met "
          + a.withSpeakers(first.get(0)) + " en loopt tot " + DutchText.time(end) + ".").turningTo(first);
    }
    if (yes && !progress.ended() && a.query().has(Condition.AtNow.class) && end.isAfter(at)) {
      // "is er nu iets bezig?": yes, and what; in a gap, no, and what comes next
      java.time.LocalTime time = at;
      java.util.List<nl.dagwijzer.programme.Session> on = a.programme().sessions().stream()
          .filter(s -> !s.start().isAfter(time) && s.end().isAfter(time)).toList();
      if (!on.isEmpty()) {
        return new ListWriter(a).listed("Ja, nu (" + DutchText.time(at) + ")", on);
      }
      java.util.Optional<java.time.LocalTime> next = a.programme().sessions().stream().map(s -> s.start())
          .filter(t -> t.isAfter(time)).min(java.util.Comparator.naturalOrder());
      if (next.isPresent()) {
        java.util.List<nl.dagwijzer.programme.Session> coming = a.programme().sessions().stream()
            .filter(s -> s.start().equals(next.get())).toList();
        return Written.text("Nee, nu (" + DutchText.time(at) + ") niet; om " + DutchText.time(next.get())
            + " begint " + DutchText.join(coming.stream().map(a::withSpeakers).toList()) + ".").turningTo(coming);
      }
    }
    return Written.text((yes ? "Ja, " : "Nee, ") + span);
  }
}
