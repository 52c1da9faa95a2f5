package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/** Names a question leaves out ("niet in Zaal 2", "als je het welkom niet meetelt") or counts in ("meegerekend"). */
final class LeftOut {
  private static final Set<String> NEGATIONS = Set.of("niet", "behalve", "zonder", "buiten", "uitgezonderd",
      "exclusief", "naast");

  private LeftOut() {
  }

  /** "niet in Zaal 2", "behalve de lunch", "zonder de pauzes": what the question leaves out. */
  static boolean negated(List<String> tokens, int at) {
    int k = at - 1;
    while (k >= 0 && (CueWords.FILLERS_BEFORE_TARGET.contains(tokens.get(k)) || tokens.get(k).equals("in")
        || tokens.get(k).equals("bij") || tokens.get(k).equals("door") || tokens.get(k).equals("over")
        || tokens.get(k).equals("naar") && asksWhat(tokens))) {
      k--; // "ik wil niet naar X, wat kan ik dan kiezen?"; "ik ga niet naar X" takes it out of one's programme
    }
    if (k >= 1 && tokens.get(k).equals("zin") && tokens.get(k - 1).equals("geen")) {
      return true; // "ik heb geen zin in de huisartsworkshop"
    }
    return k >= 0 && NEGATIONS.contains(tokens.get(k));
  }

  /** "de gespreksleider meegerekend", "als je de gespreksleider meetelt": included, not a condition. */
  static boolean countedIn(List<String> tokens, int after) {
    // "erbij" counts in only in a count ("hoeveel, met de gespreksleider erbij?"); "is X erbij?" asks where X is
    return after < tokens.size() && (tokens.get(after).startsWith("meetel") || tokens.get(after).startsWith(
        "meegerekend") || tokens.get(after).startsWith("meegeteld") || tokens.get(after).equals("erbij")
        && tokens.contains("hoeveel"));
  }

  /** "als je het welkom niet meetelt": a name followed by "niet meetelt/meegerekend". */
  static boolean leftOut(List<String> tokens, int after) {
    return after + 1 < tokens.size() && tokens.get(after).equals("niet")
        && (tokens.get(after + 1).startsWith("meetel") || tokens.get(after + 1).startsWith("meegerekend")
        || tokens.get(after + 1).startsWith("meegeteld") || tokens.get(after + 1).startsWith("meerekent"));
  }

  private static boolean asksWhat(List<String> tokens) {
    return tokens.stream().anyMatch(CueWords.QUESTION_WORDS::contains);
  }
}
