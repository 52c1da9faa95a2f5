package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "kan ik me op de dag zelf nog inschrijven?", "kan ik ter plekke nog aanmelden?": whether one can still register on
 * the day, which a sentence of the day or of a session says ("wie ter plekke naschrijft betaalt €5 extra"). Read as
 * the {@link Detail} {@link #ASKED}.
 */
public final class OnTheDayAsked {
  public static final String ASKED = "aanmelden-op-de-dag";
  private static final Set<String> REGISTER = Set.of("aanmelden", "inschrijven", "opgeven", "naschrijven",
      "registreren", "aanmelding", "inschrijving");

  private OnTheDayAsked() {
  }

  static Query read(Query query, List<String> tokens) {
    if (query.asked() != Asked.YESNO && query.asked() != Asked.UNKNOWN || tokens.stream().noneMatch(REGISTER::contains)
        || !onTheDay(tokens)) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.add(new Detail(ASKED));
    return query.withAsked(Asked.YESNO).withConditions(conditions);
  }

  private static boolean onTheDay(List<String> tokens) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      String pair = tokens.get(k) + " " + tokens.get(k + 1);
      if (pair.equals("dag zelf") || pair.equals("avond zelf") || pair.equals("ter plekke")
          || pair.equals("de deur") && k > 0 && tokens.get(k - 1).equals("aan")) {
        return true;
      }
    }
    return false;
  }
}
