package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "mag een team uit 8 personen bestaan?", "mogen we met twee mensen meedoen?": a yes/no about a number of people in
 * a group, which a description's range may decide ("teams van drie tot vijf personen"). Read as
 * {@code groepsgrootte:8}.
 */
final class GroupSize {
  /** The nouns a group's size is counted in. */
  static final Set<String> PEOPLE = Set.of("personen", "mensen", "deelnemers", "leden", "spelers", "persoon");
  private static final Map<String, Integer> WRITTEN = Map.ofEntries(Map.entry("een", 1), Map.entry("twee", 2),
      Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7),
      Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("twaalf", 12));
  private static final int MAX = 200;

  private GroupSize() {
  }

  static Optional<Detail> of(List<String> tokens) {
    if (!YesNoForm.isYesNo(tokens)) {
      return Optional.empty();
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Optional<Integer> n = number(tokens.get(i));
      if (n.isPresent() && PEOPLE.contains(tokens.get(i + 1)) && n.get() > 0 && n.get() <= MAX) {
        return Optional.of(new Detail(Detail.GROUP_SIZE + n.get()));
      }
    }
    return Optional.empty();
  }

  /** "8" or "acht" as 8. */
  static Optional<Integer> number(String word) {
    if (word.matches("\\d{1,3}")) {
      return Optional.of(Integer.parseInt(word));
    }
    return Optional.ofNullable(WRITTEN.get(word));
  }
}
