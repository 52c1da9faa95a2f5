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
  private static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit", "alleen", "niets");
  /** A clause this short is an item of a list whose verb comes in a later clause: "Beleidsmedewerkers, partners en pers
   * zijn niet aanwezig." */
  private static final int LIST_ITEM = 2;

  private Clauses() {
  }

  /** Empty when no clause of {@code sentence} has every one of {@code words}; else whether that clause negates. */
  static Optional<Boolean> negated(String sentence, Collection<String> words) {
    String[] clauses = sentence.split("[,;:]|\\s+maar\\s+");
    for (int i = 0; i < clauses.length; i++) {
      List<String> tokens = NORMALISER.tokens(clauses[i]);
      if (words.stream().allMatch(w -> DescriptionIndex.mentions(tokens, w))) {
        List<String> whole = new java.util.ArrayList<>(tokens);
        for (int k = i + 1; whole.size() <= LIST_ITEM && k < clauses.length; k++) {
          whole.addAll(NORMALISER.tokens(clauses[k]));
        }
        return Optional.of(whole.stream().anyMatch(NEGATIONS::contains));
      }
    }
    return Optional.empty();
  }
}
