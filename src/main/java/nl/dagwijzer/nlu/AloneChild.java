package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * "mag mijn zoon van 10 alleen mee met proefzeilen?" on a day whose texts never say "alleen": beside a child's age the
 * word asks whether the child may go without an adult, which the reading keeps though no text has the word.
 */
final class AloneChild {
  private static final String ALONE = "alleen";

  private AloneChild() {
  }

  static Query read(Query query, List<String> tokens) {
    if (query.asked() != Asked.YESNO || !tokens.contains(ALONE) || query.hasDetail(Detail.text(ALONE).word())
        || query.all(Detail.class).stream().noneMatch(d -> d.word().startsWith("leeftijd:"))) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.add(Detail.text(ALONE));
    return query.withConditions(conditions);
  }
}
