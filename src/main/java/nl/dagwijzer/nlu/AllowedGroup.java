package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "mogen ouders in de pitarea komen?", "mag het publiek meestemmen?": the group a yes/no asks may do something, which
 * a sentence may keep to others ("Alleen teamleden en coaches mogen in de pitarea"). Read as {@code wie-mag:ouders}.
 */
public final class AllowedGroup {
  public static final String PREFIX = "wie-mag:";
  private static final Set<String> NOT_A_GROUP = Set.of("ik", "we", "wij", "je", "jij", "er", "een", "ze", "zij",
      "u", "hij", "mijn", "onze", "ook", "daar", "hier", "dat", "die", "dit", "jullie", "mensen");
  private static final int SHORTEST = 4;

  private AllowedGroup() {
  }

  static Optional<Detail> of(List<String> tokens) {
    if (tokens.size() < 3 || !tokens.get(0).equals("mogen") && !tokens.get(0).equals("mag")) {
      return Optional.empty();
    }
    int at = tokens.get(1).equals("het") || tokens.get(1).equals("de") ? 2 : 1;
    String group = tokens.get(at);
    return NOT_A_GROUP.contains(group) || group.length() < SHORTEST || !group.chars().allMatch(Character::isLetter)
        ? Optional.empty() : Optional.of(new Detail(PREFIX + group));
  }
}
