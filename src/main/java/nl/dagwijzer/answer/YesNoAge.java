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
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    if (named.isEmpty() || !a.selection().named()) {
      return ofDay(a, asked.get());
    }
    // each session's ages read once from its texts
    java.util.Map<Session, AgeRanges.Range> ranges = new java.util.LinkedHashMap<>();
    for (Session session : named) {
      Optional<AgeRanges.Range> range = AgeRanges.of(session);
      if (range.isEmpty()) {
        return Optional.empty();
      }
      ranges.put(session, range.get());
    }
    List<Session> open = named.stream().filter(s -> ranges.get(s).overlaps(asked.get())).toList();
    if (!open.isEmpty()) {
      return Optional.of(Written.text("Ja, " + DutchText.lowerFirst(DutchText.join(open.stream()
          .map(a::whenAndWhere).toList())) + ".").turningTo(open));
    }
    List<String> ages = named.stream().map(s -> DutchText.name(s) + " is voor " + years(ranges.get(s)))
        .distinct().toList();
    return Optional.of(Written.text("Nee, " + DutchText.lowerFirst(DutchText.join(ages)) + ".").turningTo(named));
  }

  /**
   * "mag een kind van 14 meedoen aan het toernooi?" where the toernooi is the day itself: by the first sentence of
   * the day's description that gives ages ("Iedereen vanaf 12 jaar kan meedoen").
   */
  static Optional<Written> ofDay(Answering a, AgeRanges.Range asked) {
    boolean day = a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.EVENT);
    if (!day) {
      return Optional.empty();
    }
    for (String sentence : DescriptionIndex.sentences(a.programme().event().summary())) {
      Optional<AgeRanges.Range> range = AgeRanges.in(sentence);
      if (range.isPresent()) {
        return Optional.of(Written.text((range.get().overlaps(asked) ? "Ja, " : "Nee, ")
            + Descriptions.fromDay(sentence)));
      }
    }
    return Optional.empty();
  }

  private static String years(AgeRanges.Range range) {
    return range.oldest() >= 99 ? "vanaf " + range.youngest() + " jaar"
        : range.youngest() == 0 ? "tot en met " + range.oldest() + " jaar"
        : range.youngest() + " tot en met " + range.oldest() + " jaar";
  }
}
