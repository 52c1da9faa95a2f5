package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "welke sprekers werken bij de scheepswerf zelf?": "werken bij" with an organisation after it says who works there;
 * the verb names no session, also where one is titled "werken en leren op de werf".
 */
final class WorksAt {
  private static final Set<String> WORK = Set.of("werk", "werkt", "werken", "werkte", "werkten", "werkzaam");
  private static final Set<String> AT = Set.of("bij", "voor", "aan", "op");

  private WorksAt() {
  }

  static Query read(Query query, List<String> tokens) {
    List<String> verbs = java.util.stream.IntStream.range(0, tokens.size() - 1)
        .filter(k -> WORK.contains(tokens.get(k)) && AT.contains(tokens.get(k + 1))).mapToObj(tokens::get).toList();
    boolean organisation = query.all(Condition.About.class).stream()
        .anyMatch(c -> c.entity().type() == EntityType.ORGANISATION);
    if (verbs.isEmpty() || !organisation) {
      return query;
    }
    return query.withConditions(query.conditions().stream().filter(c -> !(c instanceof Condition.About about
        && about.entity().type() == EntityType.SESSION && verbs.contains(about.entity().text()))).toList());
  }
}
