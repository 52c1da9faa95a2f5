package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "wat kan ik doen terwijl mijn kind in de eerste ronde kaarttrucs zit?": the one who is at the session named is no
 * word a description must say; what is on at the same time is asked.
 */
final class WhileSomeone {
  private WhileSomeone() {
  }

  static Query read(Query query, List<String> tokens) {
    int at = tokens.indexOf("terwijl");
    if (at < 0 || query.all(Condition.Relative.class).stream()
        .noneMatch(r -> r.relation() == Condition.Relation.DURING)) {
      return query;
    }
    List<String> clause = tokens.subList(at + 1, tokens.size());
    return query.withConditions(query.conditions().stream().filter(c -> !(c instanceof Detail d
        && d.text().filter(t -> clause.contains(t) && ChildWords.WORDS.contains(t)).isPresent())).toList());
  }
}
