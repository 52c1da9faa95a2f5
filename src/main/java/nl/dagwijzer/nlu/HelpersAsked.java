package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "wie helpt Femke Olthof bij het vogelhuisjes bouwen?": the others beside the person named in that session, as "met
 * wie" asks ({@link Detail} {@code samen}), not the person named again.
 */
final class HelpersAsked {
  private static final Set<String> HELPS = Set.of("helpt", "helpen", "assisteert", "assisteren", "ondersteunt",
      "ondersteunen", "begeleidt");

  private HelpersAsked() {
  }

  static Query read(Query query, List<String> tokens) {
    boolean person = query.all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.SPEAKER);
    if (tokens.size() < 3 || !tokens.get(0).equals("wie") || !HELPS.contains(tokens.get(1)) || !person
        || query.hasDetail("samen")) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.add(new Detail("samen"));
    return query.withAsked(Asked.PEOPLE).withConditions(conditions);
  }
}
