package nl.dagwijzer.answer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.TextNormaliser;

/**
 * The part of a sentence that has a question's words, and whether it turns them around: "Toegang is gratis,
 * aanmelden is niet nodig." says yes to "gratis" and no to "aanmelden".
 */
final class Clauses {
  private static final TextNormaliser NORMALISER = new TextNormaliser();
  private static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit", "alleen");

  private Clauses() {
  }

  /** Empty when no clause of {@code sentence} has every one of {@code words}; else whether that clause negates. */
  static Optional<Boolean> negated(String sentence, Collection<String> words) {
    for (String clause : sentence.split("[,;:]|\\s+maar\\s+")) {
      List<String> tokens = NORMALISER.tokens(clause);
      if (words.stream().allMatch(w -> DescriptionIndex.mentions(tokens, w))) {
        return Optional.of(tokens.stream().anyMatch(NEGATIONS::contains));
      }
    }
    return Optional.empty();
  }
}
