package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "is het kampioenengesprek in het engels?", "is de rondleiding Nederlandstalig?": a yes or no on the language a
 * session is given in, read as {@code taal:engels} beside the rest of the reading.
 */
public final class LanguageAsked {
  /** The languages a Dutch day may give a session in. */
  private static final Set<String> LANGUAGES = Set.of("nederlands", "engels", "duits", "frans", "spaans", "fries",
      "italiaans", "arabisch", "turks", "pools", "oekraïens");
  private static final String PREFIX = "taal:";

  private LanguageAsked() {
  }

  static Query read(Query query, List<String> tokens) {
    if (query.asked() != Asked.YESNO) {
      return query;
    }
    Optional<String> language = asked(tokens);
    if (language.isEmpty()) {
      return query;
    }
    // (the rest of the reading stays: where no sentence gives a language, "over 'engels' zegt het niets")
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.add(new Detail(PREFIX + language.get()));
    return query.withConditions(conditions);
  }

  /** The language a query asks about, if any. */
  public static Optional<String> of(Query query) {
    return query.detailAfter(PREFIX);
  }

  /** The language a word names: "engels", and "engelstalig" as "engels". */
  public static Optional<String> language(String word) {
    String stem = word.endsWith("talig") ? word.substring(0, word.length() - "talig".length()) : word;
    return LANGUAGES.contains(stem) ? Optional.of(stem) : Optional.empty();
  }

  private static Optional<String> asked(List<String> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      String token = tokens.get(k);
      if (token.endsWith("talig") && language(token).isPresent()) {
        return language(token); // "nederlandstalig"
      }
      if (LANGUAGES.contains(token) && k > 0 && (tokens.get(k - 1).equals("in") || k > 1
          && tokens.get(k - 1).equals("het") && tokens.get(k - 2).equals("in"))) {
        return Optional.of(token); // "in het engels", "in engels"
      }
    }
    return Optional.empty();
  }
}
