package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/** Yes or no on whether something still runs at a time. */
final class YesNoUntil {
  private final Answering a;

  YesNoUntil(Answering answering) {
    this.a = answering;
  }

  /**
   * "duurt het webinar tot half 5?", "is de markt open tot 18:00?": whether what is named (or the day) still runs
   * then; the times say how it is.
   */
  Optional<Written> answer() {
    Optional<Condition.Until> until = a.query().first(Condition.Until.class);
    if (until.isEmpty() || !a.query().hasDetail("duurt-tot")) {
      return Optional.empty();
    }
    java.time.LocalTime time = until.get().time();
    List<Session> named = a.selection().subject();
    if (named.isEmpty() || named.size() > 1 && named.stream().map(Session::title).distinct().count() > 1) {
      java.time.LocalTime end = a.programme().lastEnd().orElseThrow();
      return Optional.of(Written.text((end.isBefore(time) ? "Nee, " : "Ja, ") + "het programma loopt van "
          + DutchText.time(a.programme().firstStart().orElseThrow()) + " tot " + DutchText.time(end) + "."));
    }
    Session last = named.get(named.size() - 1);
    return Optional.of(Written.text((last.end().isBefore(time) ? "Nee, " : "Ja, ") + DutchText.name(last)
        + " is van " + DutchText.time(last.start()) + " tot " + DutchText.time(last.end())
        + last.room().map(r -> ", in " + r).orElse("") + ".").turningTo(List.of(last)));
  }
}
