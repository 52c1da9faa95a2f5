package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "wat kosten 4 bakjes kibbeling?", "hoeveel betaal ik als mijn 2 kinderen allebei meedoen?": a price asked for a
 * number of one thing, read as the {@link Detail} {@code maal:N}. Not with an age or a second number ("voor 2
 * volwassenen en kinderen van 5 en 9" mixes prices), nor an age ("mijn kind van 9"), a number of hours, minutes or
 * years, or a yes or no.
 */
public final class PriceTimes {
  private static final String PREFIX = "maal:";
  private static final Set<String> PRICE = Set.of("kost", "kosten", "betaal", "betalen", "betaalt", "prijs");
  private static final Map<String, Integer> WORDS = Map.of("twee", 2, "drie", 3, "vier", 4, "vijf", 5, "zes", 6,
      "zeven", 7, "acht", 8, "negen", 9, "tien", 10);
  private static final Set<String> NO_THING = Set.of("jaar", "uur", "minuten", "kwartier", "euro", "keer", "km");
  private static final int MOST = 20;

  private PriceTimes() {
  }

  static Query read(Query query, List<String> tokens) {
    if (tokens.stream().noneMatch(PRICE::contains) || tokens.contains("van") && tokens.contains("jaar")
        || query.asked() == Asked.YESNO) {
      return query;
    }
    Integer found = null;
    for (int k = 0; k + 1 < tokens.size(); k++) {
      String t = tokens.get(k);
      Integer n = t.matches("\\d{1,2}") ? Integer.valueOf(t) : WORDS.get(t);
      if (n == null) {
        continue;
      }
      if (found != null || n < 2 || n > MOST || NO_THING.contains(tokens.get(k + 1))
          || k > 0 && (tokens.get(k - 1).equals("om") || tokens.get(k - 1).equals("van"))) { // "mijn kind van 9"
        return query; // a second number, or one that counts no thing
      }
      found = n;
    }
    if (found == null) {
      return query;
    }
    List<Condition> conditions = new java.util.ArrayList<>(query.conditions());
    conditions.add(new Detail(PREFIX + found));
    return query.withConditions(conditions);
  }

  /** How many of the thing priced the question asks for, if it asks for several. */
  public static Optional<Integer> times(Query query) {
    return query.detailAfter(PREFIX).map(Integer::valueOf);
  }
}
