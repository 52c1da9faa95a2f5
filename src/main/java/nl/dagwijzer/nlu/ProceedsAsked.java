package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "waar gaat het geld van de loterij naartoe?", "waar gaat de opbrengst heen?": the good cause the texts name, what
 * the session is for, not the place it is held.
 */
final class ProceedsAsked {
  private static final Set<String> MONEY = Set.of("geld", "opbrengst", "opbrengsten", "winst");
  private static final Set<String> TOWARDS = Set.of("naartoe", "heen", "naar");

  private ProceedsAsked() {
  }

  static Query read(Query query, List<String> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).equals("waar") || tokens.stream().noneMatch(MONEY::contains)
        || tokens.stream().noneMatch(TOWARDS::contains)) {
      return query;
    }
    return query.withAsked(Asked.CONTENT);
  }
}
