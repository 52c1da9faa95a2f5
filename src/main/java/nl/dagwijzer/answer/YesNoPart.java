package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;

/**
 * Yes or no on a whole part of the day ({@link OpenedParts}): "duurt webinar 3 een uur?", "begint het tweede webinar
 * om half 2?", "loopt webinar 1 tot 11 uur?" are about the part from its first start to its last end.
 */
final class YesNoPart {
  private final Answering a;

  YesNoPart(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    Optional<OpenedParts.Part> whole = a.index().openedParts().whole(a.selection().subject());
    if (whole.isEmpty()) {
      return Optional.empty();
    }
    OpenedParts.Part part = whole.get();
    int minutes = part.minutes();
    Optional<Boolean> yes = a.query().first(Condition.Lasting.class)
        .map(l -> Resolver.compare(minutes, l.comparison(), l.minutes()))
        .or(() -> a.query().first(Condition.At.class).map(at -> at.time().equals(part.start())))
        .or(() -> a.query().first(Condition.Until.class).map(u -> !part.end().isBefore(u.time())));
    List<Condition> others = a.query().conditions().stream().filter(c -> !(c instanceof Condition.About)
        && !(c instanceof Condition.Lasting) && !(c instanceof Condition.At) && !(c instanceof Condition.Until)
        && !(c instanceof nl.dagwijzer.nlu.Detail)).toList();
    if (yes.isEmpty() || !others.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Written.text((yes.get() ? "Ja, " : "Nee, ") + "‘" + part.name() + "’ duurt "
        + DutchText.minutes(minutes) + ", van " + DutchText.time(part.start()) + " tot " + DutchText.time(part.end())
        + part.room() + ".").turningTo(part.sessions()));
  }
}
