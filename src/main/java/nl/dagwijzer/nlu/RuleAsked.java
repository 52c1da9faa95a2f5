package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * "is een helm verplicht?", "geldt er een helmplicht?": whether something is a rule of the day, which a topic the
 * programme explains may answer ("Helmplicht: iedere rijder draagt een dichte helm"). Read as the {@link Detail}
 * {@link #ASKED}, beside the topic of the rule.
 */
public final class RuleAsked {
  public static final String ASKED = "regel";

  private RuleAsked() {
  }

  static Query read(Query query, List<String> tokens) {
    boolean topic = query.all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.TOPIC);
    if (query.asked() != Asked.YESNO || !topic || query.hasDetail(ASKED) || !rule(tokens)) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.add(new Detail(ASKED));
    return query.withConditions(conditions);
  }

  private static boolean rule(List<String> tokens) {
    if (tokens.size() > 2 && tokens.get(0).equals("geldt") && tokens.get(1).equals("er")) {
      return true; // "geldt er een dresscode?"
    }
    return tokens.stream().anyMatch(t -> t.startsWith("verplicht") || t.endsWith("plicht") && t.length() > 7);
  }
}
