package nl.dagwijzer.answer;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Session;

/**
 * "18 veulens ingeschreven", "38 historische trekkers": the number a session's description gives of a noun, a word
 * between them allowed.
 */
final class DescribedNumber {
  private DescribedNumber() {
  }

  /** The number each session's description gives of {@code noun}, the pattern made once for all of them. */
  static java.util.function.Function<Session, OptionalInt> of(String noun) {
    Pattern said = Pattern.compile("\\b(\\d{1,5})\\s+(\\p{L}+\\s+)?" + Pattern.quote(noun) + "\\b");
    return session -> of(session, said);
  }

  private static OptionalInt of(Session session, Pattern said) {
    for (String sentence : DescriptionIndex.sentences(session)) {
      Matcher number = said.matcher(sentence.toLowerCase(Locale.ROOT));
      if (number.find()) {
        return OptionalInt.of(Integer.parseInt(number.group(1)));
      }
    }
    return OptionalInt.empty();
  }
}
