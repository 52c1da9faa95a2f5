package nl.dagwijzer.answer;

import java.util.List;
import java.util.stream.Stream;
import nl.dagwijzer.nlu.EatOrDrink;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * The parts of a day where one can eat or drink ({@link EatOrDrink}): by a word of their title or another name
 * ("Theeschenkerij", "Koek-en-zopie bij de molen", "Biertent De Vogelroe", "Lunch: snert en broodjes").
 */
final class FoodPlaces {
  /**
   * Parts of words that say food is there: at the start or the end of a title's word, or the word itself; the meals'
   * words ({@link PartSessions#MEAL_WORDS}) and what else sells or serves food.
   */
  private static final List<String> FOOD = Stream.concat(PartSessions.MEAL_WORDS.stream(), Stream.of("bbq",
      "poffertje", "snack", "snert", "friet", "patat", "pizza", "hapje", "wafel", "oliebol", "taart", "gebak",
      "vlaai", "eten", "food", "zopie", "restaurant", "eetcafe", "kantine", "catering", "horeca", "picknick",
      "broodje", "koek")).toList();
  /** The same for drink. */
  private static final List<String> DRINK = List.of("koffie", "thee", "bar", "cafe", "schenkerij", "borrel", "drank",
      "zopie", "chocolademelk", "bier", "wijn", "champagne", "limonade", "terras", "kantine", "horeca", "restaurant",
      "proost");
  /** A stem this long may stand anywhere in a word ("koffiecorner"); a shorter one only at its start or end. */
  private static final int ANYWHERE = 5;
  /** "eten" begins a compound ("etenskramen") but ends other words: "boogschieten", "weten". */
  private static final String ONLY_FIRST = "eten";

  private FoodPlaces() {
  }

  static boolean asked(Query query) {
    return query.hasDetail(EatOrDrink.FOOD) || query.hasDetail(EatOrDrink.DRINK);
  }

  /** Of {@code sessions}, those for food or drink as the question asks, in programme order. */
  static List<Session> of(Query query, List<Session> sessions, DescriptionIndex descriptions) {
    List<String> stems = Stream.concat(query.hasDetail(EatOrDrink.FOOD) ? FOOD.stream() : Stream.empty(),
        query.hasDetail(EatOrDrink.DRINK) ? DRINK.stream() : Stream.empty()).toList();
    return sessions.stream().filter(s -> Stream.concat(Stream.of(s.title()), s.aliases().stream())
        .flatMap(name -> descriptions.tokens(name).stream())
        .anyMatch(token -> stems.stream().anyMatch(stem -> token.startsWith(stem) || token.endsWith(stem)
            && !stem.equals(ONLY_FIRST) || stem.length() >= ANYWHERE && token.contains(stem)))).toList();
  }
}
