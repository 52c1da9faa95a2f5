package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "wat begint er als de posterwandeling is afgelopen?", "wie spreekt er wanneer de lunch voorbij is?": what comes
 * after the session named between "als" and a word for its end, not that session itself.
 */
final class AfterEnding {
  private static final Set<String> WHEN = Set.of("als", "wanneer", "zodra", "nadat");
  private static final Set<String> ENDED = Set.of("afgelopen", "voorbij", "klaar", "af", "gedaan", "uit");

  private AfterEnding() {
  }

  static void read(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    int from = when(tokens);
    if (from < 0 || tokens.subList(from, tokens.size()).stream().noneMatch(ENDED::contains)
        || conditions.stream().anyMatch(c -> c instanceof Condition.Relative)) {
      return;
    }
    List<Entity> ended = spans.stream().filter(s -> s.from() > from && s.entity().type() == EntityType.SESSION)
        .map(Span::entity).toList();
    if (ended.isEmpty()) {
      return;
    }
    conditions.removeIf(c -> c instanceof Condition.About about && ended.contains(about.entity()));
    conditions.add(new Condition.Relative(Condition.Relation.AFTER, ended));
  }

  /** Where "als", "wanneer" or the like opens a clause after the question's first word; -1 when none does. */
  private static int when(List<String> tokens) {
    for (int k = 1; k < tokens.size(); k++) {
      if (WHEN.contains(tokens.get(k))) {
        return k;
      }
    }
    return -1;
  }
}
