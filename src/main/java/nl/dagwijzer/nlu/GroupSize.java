package nl.dagwijzer.nlu;

import java.util.List;
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
  private static final int MAX = 200;

  private GroupSize() {
  }

  static Optional<Detail> of(List<String> tokens) {
    if (!YesNoForm.isYesNo(tokens)) {
      return Optional.empty();
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Optional<Integer> n = Quantities.count(tokens.get(i));
      if (n.isPresent() && PEOPLE.contains(tokens.get(i + 1)) && n.get() > 0 && n.get() <= MAX) {
        return Optional.of(new Detail(Detail.GROUP_SIZE + n.get()));
      }
    }
    return Optional.empty();
  }
}
