package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "wat kost een kop koffie?", "wat kost een fles cider in de winkel?": a price found for another thing of the same
 * session ("Een kop erwtensoep kost 3 euro", "Al geplukte Elstar kost € 2,95") is no price of the thing asked. When
 * neither the sentence nor the name it is quoted under mentions that thing, the reply says the programme gives no
 * such amount, and what it does say.
 */
final class UnpricedItem {
  private UnpricedItem() {
  }

  static Optional<Written> checked(Answering a, Optional<Written> answer) {
    Optional<String> item = nl.dagwijzer.nlu.PricedItem.of(a.query());
    boolean priceAsked = a.query().all(nl.dagwijzer.nlu.Detail.class).stream()
        .anyMatch(d -> d.property().filter("kosten"::equals).isPresent());
    if (answer.isEmpty() || item.isEmpty() || !priceAsked || a.query().asked() == nl.dagwijzer.nlu.Asked.YESNO
        || general(a, item.get())) {
      return answer;
    }
    Written given = answer.get();
    String text = given.text();
    String lower = text.toLowerCase(Locale.ROOT);
    // ("wat kost huren?": "een huurinstrument ... kost", the verb's own stem in a compound)
    boolean verbSaid = item.get().endsWith("en") && nl.dagwijzer.nlu.VerbForms.forms(item.get()).stream()
        .anyMatch(f -> f.length() >= PART && !f.equals(item.get().substring(0, item.get().length() - 2))
        && lower.contains(f));
    if (text.startsWith("Dat bedrag staat") || a.index().descriptions().hasAll(text, List.of(item.get()))
        || compoundSaid(lower, item.get()) || verbSaid) {
      return answer;
    }
    return Optional.of(new Written("Dat bedrag staat niet in het programma. Wel dit:\n" + text, given.overview(),
        given.turnedTo())); // as PricedWord.unpriced says it
  }

  /** The shortest part of a compound that still says what it is ("robot" of "robotworkshop"). */
  private static final int PART = 4;

  /** "de robotworkshop" of "Workshop robots bouwen": both parts of the compound in the text, in any order. */
  private static boolean compoundSaid(String text, String item) {
    for (int cut = PART; cut + PART <= item.length(); cut++) {
      if (text.contains(item.substring(0, cut)) && text.contains(item.substring(cut))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words for taking part or for the price itself (and their compounds), and the day's own name: any price of what is
   * named is theirs.
   */
  private static boolean general(Answering a, String item) {
    // ("een toegangskaartje": a compound of the words for entry)
    return PropertyAnswer.PRICE_WORDS.stream().anyMatch(w -> item.startsWith(w) || item.endsWith(w))
        || PricedWord.anyPriceIsFor(a, item);
  }
}
