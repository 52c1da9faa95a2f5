package nl.dagwijzer.answer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "kan ik contant betalen bij de foodtrucks?" against "Bij de foodtrucks betaal je alleen met pin": whether a sentence
 * that says how one pays allows the way asked about.
 */
final class PayWays {
  private static final Map<String, Pattern> WAY = Map.of(
      "pin", Pattern.compile("\\bpin(nen|betaling|pas|automaat)?\\b"),
      "contant", Pattern.compile("\\b(contant|contanten|cash)\\b"),
      "creditcard", Pattern.compile("\\bcreditcards?\\b"),
      "tikkie", Pattern.compile("\\btikkie\\b"),
      "ideal", Pattern.compile("\\bideal\\b"));
  /** Any way to pay a sentence may name: any of the ways above. */
  static final Pattern ANY = Pattern.compile(String.join("|", WAY.values().stream().map(Pattern::pattern).toList()));
  /** "pinnen kan niet", "geen contant geld": the way named, and denied. */
  private static final Pattern DENIED = Pattern.compile("\\b(niet|geen)\\b");

  private PayWays() {
  }

  /** Whether {@code sentence} names paying by {@code way} at all, allowed or not. */
  static boolean names(String sentence, String way) {
    return pattern(way).matcher(sentence.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Whether {@code sentence} allows paying by {@code way} ("pin", "contant"): it names that way and does not deny it;
   * a sentence that names only another way ("alleen contant") does not.
   */
  static boolean allows(String sentence, String way) {
    String text = sentence.toLowerCase(Locale.ROOT);
    Pattern asked = pattern(way);
    // "Alleen pinnen, contant geld wordt niet aangenomen": each way in its own clause, denied there or not
    for (String clause : text.split("[;,.!?]")) {
      if (asked.matcher(clause).find()) {
        return !DENIED.matcher(clause).find();
      }
    }
    return false;
  }

  /** The way's own pattern ("pin" also "pinnen", "pinpas"), or the word itself. */
  private static Pattern pattern(String way) {
    return WAY.containsKey(way) ? WAY.get(way) : Pattern.compile("\\b" + Pattern.quote(way) + "\\b");
  }
}
