package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "mag ik meedoen met de jamsessie als ik net begonnen ben?": a word in a clause about the asker ("als ik ..."), which
 * says nothing of the day ("begonnen" is the asker's own start, not the session's).
 */
final class AskersClause {
  private static final Set<String> ASKERS = Set.of("ik", "je", "jij", "we", "wij", "u");

  private AskersClause() {
  }

  /** Whether the word at {@code k} stands in an "als ik ..." clause before it. */
  static boolean holds(List<String> tokens, int k) {
    int als = tokens.subList(0, k).lastIndexOf("als");
    return als >= 0 && als + 1 < k && ASKERS.contains(tokens.get(als + 1));
  }
}
