package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "is de verkoopmarkt nog open?", "is de duplohoek al open?": whether something is on at the moment asked, as "nog
 * bezig" and "al begonnen" ask it; not a word "open" a description may use.
 */
final class OpenNow {
  private static final Set<String> OPEN = Set.of("open", "geopend");
  private static final Set<String> BY_NOW = Set.of("nog", "al");
  /** Words that set another moment than now: "nog open tijdens de quiz", "al open om 19:00". */
  private static final Set<String> OTHER_MOMENT = Set.of("om", "na", "voor", "tijdens", "tot", "vanaf", "tussen",
      "rond", "bij", "straks", "vanavond", "vanmiddag", "morgen");

  private OpenNow() {
  }

  static boolean asked(List<String> tokens) {
    if (!YesNoForm.isYesNo(tokens) || tokens.stream().anyMatch(t -> OTHER_MOMENT.contains(t)
        || t.chars().anyMatch(Character::isDigit))) {
      return false;
    }
    for (int k = 1; k < tokens.size(); k++) {
      if (OPEN.contains(tokens.get(k)) && BY_NOW.contains(tokens.get(k - 1))) {
        return true;
      }
    }
    return false;
  }
}
