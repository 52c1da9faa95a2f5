package nl.dagwijzer.nlu;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "de 60 km", "de 100 km" on a skating tour whose titles are "Start 60 km" and "Routebriefing 60 km": a distance in
 * titles names every session that has it, as a session's own word does, so a question's other words ("de start
 * van de 60 km", "de briefing van de 60 km") can pick one of them and "de 60 km" never stands for the 100 km.
 */
final class DistanceNames {
  /** Units a distance in a title is given in. */
  static final Set<String> UNITS = Set.of("km", "m", "meter", "kilometer");
  /** More sessions than this sharing a distance is the whole day, not a name. */
  private static final int MAX_SHARED = 4;

  private DistanceNames() {
  }

  /** Each distance's tokens ("60", "km") and the ids of the titles that have it. */
  static Map<List<String>, Set<String>> of(Map<String, String> titles, TextNormaliser normaliser) {
    Map<List<String>, Set<String>> byDistance = new LinkedHashMap<>();
    titles.forEach((id, title) -> {
      List<String> tokens = normaliser.tokens(title);
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (UNITS.contains(tokens.get(i + 1)) && !tokens.get(i).isEmpty()
            && tokens.get(i).chars().allMatch(Character::isDigit)) {
          byDistance.computeIfAbsent(List.of(tokens.get(i), tokens.get(i + 1)), k -> new LinkedHashSet<>()).add(id);
        }
      }
    });
    byDistance.values().removeIf(ids -> ids.size() > MAX_SHARED);
    return byDistance;
  }
}
