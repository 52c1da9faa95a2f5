package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.programme.Session;

/**
 * "kan mijn zoon van 8 naar acrobatiek?", "is er trapeze voor kinderen van 5?" when every session named gives its
 * ages ("Acrobatiek (4-6 jaar)"): yes with those open to that age, no with the ages each one is for.
 */
final class YesNoAge {
  private YesNoAge() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<AgeRanges.Range> asked = AgeRanges.anyAsked(a.query());
    List<Session> named = a.selection().subject();
    if (asked.isEmpty() || named.isEmpty() || !named.stream().allMatch(s -> AgeRanges.of(s).isPresent())) {
      return Optional.empty();
    }
    List<Session> open = named.stream().filter(s -> AgeRanges.of(s).get().overlaps(asked.get())).toList();
    if (!open.isEmpty()) {
      return Optional.of(Written.text("Ja, " + DutchText.lowerFirst(DutchText.join(open.stream()
          .map(s -> a.whenAndWhere(s)).toList())) + ".").turningTo(open));
    }
    List<String> ages = named.stream().map(s -> DutchText.name(s) + " is voor " + years(AgeRanges.of(s).get()))
        .distinct().toList();
    return Optional.of(Written.text("Nee, " + DutchText.lowerFirst(DutchText.join(ages)) + ".").turningTo(named));
  }

  private static String years(AgeRanges.Range range) {
    return range.oldest() >= 99 ? "vanaf " + range.youngest() + " jaar"
        : range.youngest() == 0 ? "tot en met " + range.oldest() + " jaar"
        : range.youngest() + " tot en met " + range.oldest() + " jaar";
  }
}
