package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "wat kost een minifiguur op de markt?", "wat kosten de poffertjes?": the thing whose price is asked, the word after
 * "wat kost", read as the {@link Detail} {@code prijs-van:<word>}; "wat kost het?" and "wat kost deelname?" name none.
 */
public final class PricedItem {
  private static final String PREFIX = "prijs-van:";
  private static final Set<String> ARTICLES = Set.of("een", "de", "het", "n", "die", "dat", "zo", "zon");
  /** "wat kost het voor een kind van 8?": a word that links, no thing. */
  private static final Set<String> LINKS = Set.of("voor", "naar", "per", "als", "tijdens", "zonder", "samen");
  /** "een glas wijn", "een zak brokken": the measure is not the thing priced, the word after it is. */
  private static final Set<String> MEASURES = Set.of("glas", "glaasje", "kop", "kopje", "fles", "flesje", "pak",
      "pakje", "zak", "zakje", "portie", "stuk", "stukje", "beker", "blik", "blikje", "plak", "bak", "bakje", "bord",
      "bordje", "bol", "bolletje", "kilo", "liter", "doos", "doosje", "potje", "pot");
  /** The longest adjective read as one ("verse", "grote", "kleine"). */
  private static final int ADJECTIVE = 6;
  /** "hoeveel kost een ijsje?" asks a price as "wat kost" does. */
  private static final Set<String> ASKING = Set.of("wat", "hoeveel");

  private PricedItem() {
  }

  static Query read(Query query, List<String> tokens) {
    for (int k = 1; k + 1 < tokens.size(); k++) {
      if (ASKING.contains(tokens.get(k - 1)) && (tokens.get(k).equals("kost") || tokens.get(k).equals("kosten"))) {
        int at = k + 1;
        while (at < tokens.size() && ARTICLES.contains(tokens.get(at))) {
          at++;
        }
        while (at > k + 1 && at + 1 < tokens.size() && before(tokens.get(at), tokens.get(at + 1))) {
          at++;
        }
        if (at > k + 1 && at < tokens.size() && tokens.get(at).length() >= 4 && !LINKS.contains(tokens.get(at))) {
          return query.withConditions(java.util.stream.Stream.concat(query.conditions().stream(),
              java.util.stream.Stream.of((Condition) new Detail(PREFIX + tokens.get(at)))).toList());
        }
        return query;
      }
    }
    return query;
  }

  /**
   * Whether {@code word} only says which or how much of the thing {@code next}: a measure ("een glas wijn") or a short
   * adjective in -e ("een verse muntthee"); not an ordinal ("een tweede drankje" asks of the second).
   */
  private static boolean before(String word, String next) {
    return MEASURES.contains(word) || word.endsWith("e") && !word.endsWith("de") && word.length() <= ADJECTIVE
        && !LINKS.contains(next) && next.length() >= 4;
  }

  /** The thing asked the price of, if the question names one. */
  public static Optional<String> of(Query query) {
    return query.all(Detail.class).stream().map(Detail::word).filter(w -> w.startsWith(PREFIX))
        .map(w -> w.substring(PREFIX.length())).findFirst();
  }
}
