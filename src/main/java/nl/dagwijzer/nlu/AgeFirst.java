package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "mijn zoon is 5, mag hij raket bouwen?": an age said first and then asked about with "hij" or "ze" is the question
 * "mag mijn zoon van 5 raket bouwen?", a yes or no for that age, not a question about "hij"; "mijn zoon is 10, waar
 * kan hij aan meedoen?" is "waar kan mijn zoon van 10 aan meedoen?".
 */
final class AgeFirst {
  private static final Set<String> MINE = Set.of("mijn", "m'n", "mn", "onze", "ons");
  private static final Set<String> MODALS = Set.of("mag", "kan", "moet", "hoeft", "mogen", "kunnen", "moeten",
      "hoeven");
  private static final Set<String> PRONOUNS = Set.of("hij", "ze", "zij", "die");

  /** At most this many words ("welke workshops") between the age and the modal verb. */
  private static final int MAX_BEFORE = 3;

  private AgeFirst() {
  }

  static List<String> plain(List<String> tokens) {
    // mijn zoon is 5 [jaar] mag hij ...
    if (tokens.size() < 7 || !MINE.contains(tokens.get(0)) || !tokens.get(2).equals("is")
        || !tokens.get(3).chars().allMatch(Character::isDigit)) {
      return tokens;
    }
    int said = tokens.get(4).equals("jaar") ? 5 : 4;
    // "mijn dochter is 12, wat kan ze zelf maken?": a question word or two may come before the modal verb
    int modal = said;
    while (modal < said + MAX_BEFORE && modal + 1 < tokens.size() && !(MODALS.contains(tokens.get(modal))
        && PRONOUNS.contains(tokens.get(modal + 1)))) {
      modal++;
    }
    if (modal + 2 > tokens.size() || !MODALS.contains(tokens.get(modal))
        || !PRONOUNS.contains(tokens.get(modal + 1))) {
      return tokens;
    }
    List<String> read = new ArrayList<>(tokens.subList(said, modal));
    read.addAll(List.of(tokens.get(modal), tokens.get(0), tokens.get(1), "van"));
    read.addAll(tokens.subList(3, said));
    read.addAll(tokens.subList(modal + 2, tokens.size()));
    return read;
  }
}
