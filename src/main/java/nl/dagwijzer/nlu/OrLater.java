package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "hoeveel onderdelen beginnen om 16:00 of later?", "wat is er om 14:00 of daarna?": a clock time with "of later"
 * after it is where a stretch starts, not the one moment.
 */
final class OrLater {
  private static final java.util.Set<String> LATER = java.util.Set.of("later", "daarna", "laat", "na");

  private OrLater() {
  }

  static Query read(Query query, List<String> tokens) {
    List<Condition.At> at = query.all(Condition.At.class);
    boolean later = false;
    for (int k = 0; k + 1 < tokens.size(); k++) {
      later |= tokens.get(k).equals("of") && LATER.contains(tokens.get(k + 1)) && k + 2 >= tokens.size();
    }
    if (at.size() != 1 || !later) {
      return query;
    }
    return query.withConditions(query.conditions().stream().map(c -> c == at.get(0)
        ? (Condition) new Condition.From(at.get(0).time()) : c).filter(c -> !(c instanceof Detail d
        && d.word().startsWith("tekst:late"))).toList());
  }
}
