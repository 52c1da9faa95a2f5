package nl.dagwijzer.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Speaker;

/**
 * "wat is het telefoonnummer van Joyce?" where the day's description says "bel Joyce van den Berg op 06-12345678":
 * the sentence that gives a number or address together with the person's name, from the day's description or a
 * session's.
 */
final class ContactSentence {
  private static final Pattern CONTACT = Pattern.compile("(\\+31|\\b0)\\d{1,3}[- ]?\\d{6,8}\\b"
      + "|[\\w.-]+@[\\w-]+\\.[\\w.]+");

  private ContactSentence() {
  }

  static Optional<String> of(Answering a, Speaker speaker) {
    String name = speaker.name().toLowerCase(Locale.ROOT);
    java.util.function.Predicate<String> says = sentence -> CONTACT.matcher(sentence).find()
        && sentence.toLowerCase(Locale.ROOT).contains(name);
    return Descriptions.anywhereSaying(a, says).map(Written::text);
  }
}
