package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "is er een prijs voor de quiz?", "heeft de provincie een eigen prijs?", "valt er een taart te winnen?": a yes or no
 * about a prize one wins, where "de prijs" of a ticket is what it costs.
 */
final class PrizeWords {
  private static final Set<String> ASKING = Set.of("is", "zijn", "krijg", "krijgt", "krijgen", "kan", "kun",
      "kunnen", "valt", "heeft", "hebben", "win", "wint", "winnen", "gaat", "maak", "maakt", "maken");
  private static final Set<String> BEFORE = Set.of("een", "eigen", "mooie", "leuke");

  private PrizeWords() {
  }

  /**
   * Whether a yes or no asks for the prize itself, not for something else that happens to the winner ("word ik
   * gebeld als ik een prijs win?").
   */
  static boolean asked(List<String> tokens) {
    return !tokens.isEmpty() && ASKING.contains(tokens.get(0)) && YesNoForm.isYesNo(tokens)
        && (tokens.contains("winnen") || named(tokens)) && !tokens.contains("wie");
  }

  /**
   * Whether the question asks for a prize; if so, adds the prize asked and the sessions and organisations named to
   * {@code kept}, the conditions of a question that sounds like a price asked (a description may give the prize).
   */
  static boolean addAsked(List<String> tokens, List<Condition> read, List<Condition> kept) {
    if (!asked(tokens)) {
      return false;
    }
    kept.add(new Detail("te-winnen"));
    read.stream().filter(c -> c instanceof Condition.About about && (about.entity().type() == EntityType.SESSION
        || about.entity().type() == EntityType.ORGANISATION)).forEach(kept::add);
    return true;
  }

  /** "een prijs", "een eigen prijs": a prize, not a price. */
  private static boolean named(List<String> tokens) {
    for (int k = 1; k < tokens.size(); k++) {
      String word = tokens.get(k);
      if ((word.equals("prijs") || word.equals("prijzen")) && BEFORE.contains(tokens.get(k - 1))) {
        return true;
      }
    }
    return false;
  }
}
