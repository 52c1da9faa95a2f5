package nl.dagwijzer.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Query;

/**
 * "welk webinar duurt het langst?", "hoeveel webinars duren 45 minuten?" on a day of separate parts
 * ({@link OpenedParts}): the lengths of the parts, from their first start to their last end, not of their openings.
 */
final class PartLengths {
  private final Answering a;

  PartLengths(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    Optional<Query.Order> order = a.query().order().filter(o -> o == Query.Order.LONGEST
        || o == Query.Order.SHORTEST);
    Optional<Condition.Lasting> lasting = a.query().first(Condition.Lasting.class);
    if (order.isEmpty() && lasting.isEmpty() || a.query().asked() == Asked.YESNO) {
      return Optional.empty();
    }
    List<OpenedParts.Part> parts = a.index().openedParts().openedBy(a.selection().subject());
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    if (order.isPresent()) {
      Comparator<OpenedParts.Part> byLength = Comparator.comparingInt(OpenedParts.Part::minutes);
      int extreme = (order.get() == Query.Order.LONGEST ? parts.stream().max(byLength).orElseThrow()
          : parts.stream().min(byLength).orElseThrow()).minutes();
      // two parts of the same length are both the longest: say so rather than pick one
      List<OpenedParts.Part> picks = parts.stream().filter(p -> p.minutes() == extreme).toList();
      List<String> others = parts.stream().filter(p -> p.minutes() != extreme).map(PartLengths::line).toList();
      String which = order.get() == Query.Order.LONGEST ? "langst" : "kortst";
      return Optional.of(Written.text("Het " + which + (picks.size() == 1 ? " duurt " : " duren, even lang, ")
          + DutchText.join(picks.stream().map(PartLengths::line).toList()) + "."
          + (others.isEmpty() ? "" : " De andere: " + DutchText.join(others) + "."))
          .turningTo(picks.stream().flatMap(p -> p.sessions().stream()).toList()));
    }
    List<OpenedParts.Part> fitting = parts.stream().filter(p -> Resolver.compare(p.minutes(),
        lasting.get().comparison(), lasting.get().minutes())).toList();
    String listed = DutchText.join(fitting.stream().map(PartLengths::line).toList());
    String head = a.query().asked() == Asked.COUNT ? fitting.size() + " van de " + parts.size() : "";
    return Optional.of(Written.text(fitting.isEmpty() ? "Geen van de " + parts.size() + ": "
        + DutchText.join(parts.stream().map(PartLengths::line).toList()) + "."
        : (head.isEmpty() ? DutchText.capitalise(listed) : head + ": " + listed) + "."));
  }

  private static String line(OpenedParts.Part part) {
    return "‘" + part.name() + "’ (" + DutchText.minutes(part.minutes()) + ", "
        + DutchText.range(part.start(), part.end()) + ")";
  }
}
