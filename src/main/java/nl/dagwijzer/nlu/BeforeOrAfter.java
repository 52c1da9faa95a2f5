package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "komt het dankwoord voor of na de presentatie van het boek?": not a relation ("na de presentatie") but which of
 * two sessions comes first, as "wat is eerder, het dankwoord of de presentatie?".
 */
final class BeforeOrAfter {
  private BeforeOrAfter() {
  }

  static boolean asked(List<String> tokens) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      String first = tokens.get(i);
      String last = tokens.get(i + 2);
      if (tokens.get(i + 1).equals("of") && (first.equals("voor") && last.equals("na")
          || first.equals("na") && last.equals("voor") || first.equals("voor") && last.equals("achter"))) {
        return true;
      }
    }
    return false;
  }

  /** The relation's targets become named sessions to compare; the relation itself goes. */
  static void compare(List<Condition> conditions) {
    List<Condition> compared = new java.util.ArrayList<>();
    for (Condition condition : conditions) {
      if (condition instanceof Condition.Relative relative) {
        relative.target().stream().map(Condition.About::new).forEach(compared::add);
      } else {
        compared.add(condition);
      }
    }
    conditions.clear();
    conditions.addAll(compared);
  }
}
