package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Session;

/**
 * Whether a sentence with prices prices the thing asked about: "erwtensoep € 5,80, broodje kroket € 4,20 en poffertjes
 * voor de kinderen" names the poffertjes after its last amount, as a new item of the list, so it gives no price of
 * them ("wat kosten de poffertjes?"); "Entree € 5, kinderen gratis" does price the children's entry.
 */
final class PricedWord {
  private static final Pattern AMOUNT = Pattern.compile("(€\\s*\\d{1,5}(,\\d{1,2}|,-)?|\\d{1,5}(,\\d{1,2})?\\s*euro)");
  private static final Pattern NEW_ITEM = Pattern.compile("(,\\s|;|\\sen\\s)");

  /** "wat kost het meedoen?": taking part, which any price of the session is for. */
  private static final java.util.Set<String> TAKING_PART = java.util.Set.of("meedoen", "deelname", "deelnemen",
      "deelnemer", "inschrijven", "inschrijving", "aanmelden", "aanmelding", "cursus", "workshop", "les");

  private PricedWord() {
  }

  static boolean prices(String sentence, List<String> words, DescriptionIndex descriptions) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    Matcher m = AMOUNT.matcher(lower);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    if (end < 0 || words.isEmpty()) {
      return true;
    }
    String before = lower.substring(0, end);
    String after = lower.substring(end);
    // a word priced before the last amount, or a trailing part that is no new item or says "gratis"
    return descriptions.hasAll(before, words) || !NEW_ITEM.matcher(after).find() || after.contains("gratis")
        || !descriptions.hasAll(after.substring(matchEnd(after)), words);
  }

  /**
   * "wat kost een minifiguur op de markt?" where the market says it has them and gives no price for them: that the
   * programme gives no amount, with the sentence that names them, rather than another price of the market.
   */
  static Optional<Written> unpriced(Answering a, List<String> words, List<Session> shown, Predicate<String> saying) {
    Optional<String> item = nl.dagwijzer.nlu.PricedItem.of(a.query()).filter(i -> words.stream()
        .anyMatch(w -> w.startsWith(i.substring(0, Math.min(i.length(), 6)))));
    return item.isEmpty() ? Optional.empty() : Descriptions.firstSaying(shown, saying)
        .map(w -> Written.text("Dat bedrag staat niet in het programma. Wel dit:\n" + w.text()));
  }

  /**
   * "wat kost een flesje water in de kantine?": the thing priced, when no name the question gives holds it, is a
   * word a sentence giving its price must have too, beside {@code words} (not "Koffie of thee € 1,80").
   */
  static List<String> withItem(Answering a, List<String> words, java.util.Set<String> priceWords) {
    Optional<String> item = nl.dagwijzer.nlu.PricedItem.of(a.query()).filter(i -> !priceWords.contains(i)
        && !anyPriceIsFor(a, i)
        // (not beside a word of its own: "minifiguur" of "minifiguren")
        && words.stream().noneMatch(w -> w.startsWith(i.substring(0, Math.min(i.length(), 6))))
        && a.query().all(nl.dagwijzer.nlu.Condition.About.class).stream()
        .noneMatch(c -> c.entity().text().toLowerCase(Locale.ROOT).contains(i)));
    return item.map(i -> java.util.stream.Stream.concat(words.stream(), java.util.stream.Stream.of(i)).toList())
        .orElse(words);
  }

  /**
   * Words whose price is any price of what is named: taking part ("deelname"), a word for money ("inschrijfgeld") and
   * the day's own name ("wat kost het schoolreisje?").
   */
  static boolean anyPriceIsFor(Answering a, String item) {
    return TAKING_PART.contains(item) || nl.dagwijzer.nlu.PropertyWords.moneyCompound(item)
        || a.programme().event().title().toLowerCase(Locale.ROOT).contains(item);
  }

  private static int matchEnd(String after) {
    Matcher item = NEW_ITEM.matcher(after);
    return item.find() ? item.end() : 0;
  }
}
