package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "zijn er panels, welke?", "zijn er keynotes? welke": a yes or no with "welke" after it asks for the list, as
 * "welke panels zijn er?" does.
 */
final class TrailingWhich {
  private static final Set<String> WHICH = Set.of("welke", "welk", "welken");

  private TrailingWhich() {
  }

  static Query read(Query query, List<String> tokens) {
    if (tokens.size() < 3 || !WHICH.contains(tokens.get(tokens.size() - 1)) || WHICH.contains(tokens.get(0))
        || query.asked() == Asked.LIST) {
      return query;
    }
    return query.withAsked(Asked.LIST);
  }
}
