package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "welke reparatietafels sluiten als laatste?", "wat is het eerst afgelopen?": the first or last asked of when things
 * end orders them by their end, where "het laatste onderdeel" orders by start.
 */
final class EndOrder {
  private static final Set<String> ENDING = Set.of("sluit", "sluiten", "eindigt", "eindigen", "stopt", "stoppen",
      "afgelopen", "dicht", "klaar");
  private static final Set<String> ORDER = Set.of("laatste", "laatst", "eerste", "eerst", "vroegst", "langst");

  private EndOrder() {
  }

  static Optional<Detail> of(List<String> tokens) {
    return tokens.stream().anyMatch(ENDING::contains) && tokens.stream().anyMatch(ORDER::contains)
        ? Optional.of(new Detail(Detail.BY_END)) : Optional.empty();
  }
}
