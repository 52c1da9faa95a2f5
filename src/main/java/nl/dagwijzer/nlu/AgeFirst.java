package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "mijn zoon is 5, mag hij raket bouwen?": an age said first and then asked about with "hij" or "ze" is the question
 * "mag mijn zoon van 5 raket bouwen?", a yes or no for that age, not a question about "hij".
 */
final class AgeFirst {
  private static final Set<String> MINE = Set.of("mijn", "m'n", "mn", "onze", "ons");
  private static final Set<String> MODALS = Set.of("mag", "kan", "moet", "hoeft", "mogen", "kunnen", "moeten",
      "hoeven");
  private static final Set<String> PRONOUNS = Set.of("hij", "ze", "zij", "die");

  private AgeFirst() {
  }

  static List<String> plain(List<String> tokens) {
    // mijn zoon is 5 [jaar] mag hij ...
    if (tokens.size() < 7 || !MINE.contains(tokens.get(0)) || !tokens.get(2).equals("is")
        || !tokens.get(3).chars().allMatch(Character::isDigit)) {
      return tokens;
    }
    int modal = tokens.get(4).equals("jaar") ? 5 : 4;
    if (modal + 2 > tokens.size() || !MODALS.contains(tokens.get(modal))
        || !PRONOUNS.contains(tokens.get(modal + 1))) {
      return tokens;
    }
    List<String> read = new ArrayList<>(List.of(tokens.get(modal), tokens.get(0), tokens.get(1), "van"));
    read.addAll(tokens.subList(3, modal));
    read.addAll(tokens.subList(modal + 2, tokens.size()));
    return read;
  }
}
