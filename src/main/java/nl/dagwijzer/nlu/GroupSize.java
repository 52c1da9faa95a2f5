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
  static final Set<String> PEOPLE = Set.of("personen", "mensen", "deelnemers", "leden", "spelers", "persoon", "man");
  /** The words a group is named by before its size: "met een groep van 30". */
  private static final Set<String> GROUPS = Set.of("groep", "groepje", "team", "gezelschap", "club");
  private static final int MAX = 200;

  private GroupSize() {
  }

  /** A group's size ({@link #of}), else a number of things ({@link #things}). */
  static Optional<Detail> asked(List<String> tokens) {
    return of(tokens).or(() -> things(tokens));
  }

  static Optional<Detail> of(List<String> tokens) {
    if (!YesNoForm.isYesNo(tokens)) {
      return Optional.empty();
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Optional<Integer> n = Quantities.count(tokens.get(i));
      if (n.isPresent() && PEOPLE.contains(tokens.get(i + 1)) && n.get() > 0 && n.get() <= MAX) {
        return Optional.of(new Detail(Detail.GROUP_SIZE + beyond(tokens, i, n.get())));
      }
      Optional<Integer> after = i + 2 < tokens.size() && GROUPS.contains(tokens.get(i)) && tokens.get(i + 1)
          .equals("van") ? Quantities.count(tokens.get(i + 2)) : Optional.empty();
      if (after.isPresent() && after.get() > 1 && after.get() <= MAX
          && (i + 3 == tokens.size() || !GroupSize.UNITS.contains(tokens.get(i + 3)))) {
        return Optional.of(new Detail(Detail.GROUP_SIZE + after.get()));
      }
    }
    return Optional.empty();
  }

  /** "meer dan 20 mensen" is 21 at least, "minder dan 5" 4 at most: the number a limit is checked against. */
  private static int beyond(List<String> tokens, int at, int n) {
    if (at < 2 || !tokens.get(at - 1).equals("dan")) {
      return n;
    }
    return switch (tokens.get(at - 2)) {
      case "meer" -> n + 1;
      case "minder" -> n - 1;
      default -> n;
    };
  }

  /** Words before a number that make it a clock time: "om 10", "half 10", "kwart over 3". */
  private static final Set<String> CLOCK_BEFORE = Set.of("om", "half", "over", "voor", "tot", "na", "vanaf", "rond");

  /** Units whose number is a time, an age, a price or a distance, not a number of things. */
  private static final Set<String> UNITS = Set.of("minuten", "minuut", "uur", "uren", "kwartier", "jaar", "euro",
      "km", "kilometer", "meter", "keer", "procent", "dagen", "weken", "maanden");

  /**
   * "mag ik 3 dingen meenemen?", "mag een startup vier speedmeetings boeken?": the number of things a yes/no question
   * asks, which a description's maximum may decide ({@code gevraagd-aantal:4}); people are a group's size instead.
   */
  static Optional<Detail> things(List<String> tokens) {
    // ("zijn er drie groepen?" counts what the programme has)
    if (!YesNoForm.isYesNo(tokens) || tokens.size() > 1 && tokens.get(1).equals("er")) {
      return Optional.empty();
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Optional<Integer> n = Quantities.count(tokens.get(i));
      String noun = tokens.get(i + 1);
      if (n.isPresent() && n.get() > 1 && n.get() <= MAX && !PEOPLE.contains(noun) && !UNITS.contains(noun)
          && noun.chars().allMatch(Character::isLetter) && noun.length() >= 3
          && !CLOCK_BEFORE.contains(tokens.get(i - 1))) {
        return Optional.of(YesNoWords.askedNumber(beyond(tokens, i, n.get())));
      }
    }
    return Optional.empty();
  }
}
