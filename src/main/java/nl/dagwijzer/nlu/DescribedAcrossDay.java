package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "wat is er gratis?", "wat is er gratis te doen?": a word the descriptions must have asks which sessions have it over
 * the whole day, not what runs now ("wat is er nu gratis?" still asks about now).
 */
final class DescribedAcrossDay {
  private static final List<String> NOW_WORDS = List.of("nu", "nou", "momenteel", "moment");

  /** "wat is er", "wat zijn er" ("wat gebeurt er met mijn gegevens?" asks something else). */
  private static final List<String> ARE = List.of("is", "zijn");

  private DescribedAcrossDay() {
  }

  /**
   * "welke dingen zijn gratis?", "welke afstanden hebben een tijdslimiet?": which of a kind are so (not "welke
   * programmeertaal moeten we gebruiken?" nor "welke minister is het?", which ask one thing the texts may not name).
   */
  private static boolean whichAre(List<String> tokens) {
    return tokens.size() > 3 && (tokens.get(0).equals("welke") || tokens.get(0).equals("welk"))
        && HAVE.contains(tokens.get(2)) && !POINTING.contains(tokens.get(3));
  }

  private static final List<String> HAVE = List.of("zijn", "is", "hebben", "heeft");
  private static final List<String> POINTING = List.of("het", "dat", "die", "dit", "deze");

  static Query read(Query query, List<String> tokens) {
    if (query.asked() == Asked.UNKNOWN && !query.textWords().isEmpty() && whichAre(tokens)) {
      return query.withAsked(Asked.LIST); // "welke dingen zijn gratis?": which ones, whatever the classifier said
    }
    int what = tokens.indexOf("wat");
    if (what < 0 || what + 2 >= tokens.size() || !ARE.contains(tokens.get(what + 1))
        || !tokens.get(what + 2).equals("er") || query.textWords().isEmpty()
        || query.asked() != Asked.UNKNOWN && query.asked() != Asked.LIST) {
      return query;
    }
    for (String token : tokens) {
      if (NOW_WORDS.contains(token)) {
        return query; // "wat is er nu gratis?", "wat is er op dit moment gratis?"
      }
    }
    List<Condition> conditions = query.conditions().stream()
        .filter(c -> !(c instanceof Condition.AtNow at && at.minutesFromNow() == 0)).toList();
    return new Query(Asked.LIST, conditions, query.order(), query.counted(), query.plural());
  }
}
