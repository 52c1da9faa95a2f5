package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;

/**
 * Whether a reply's answer is that what was asked is not in the programme ("Nee, ‘abseilen’ staat niet in het
 * programma.", "Bear Grylls staat niet op het programma."): such a question was not answered from the programme, so
 * it is reported as {@code unknown} and counted among the unanswered questions moderators see, whatever it asked.
 */
final class AbsentReply {
  /** What the first sentence of such a reply says; "staat niet letterlijk in" quotes what is there instead. */
  private static final List<String> ABSENT = List.of("staat niet in het programma", "staat niet op het programma",
      "dat weet ik niet");

  private AbsentReply() {
  }

  static boolean says(String reply) {
    String first = firstSentence(reply.toLowerCase(Locale.ROOT));
    return ABSENT.stream().anyMatch(first::contains);
  }

  /**
   * Up to the first full stop that ends a sentence, semicolon or line break: what the reply answers first ("...
   * duurt 45 minuten en valt tussen 11:00 en 12:30; hoe laat precies staat niet in het programma" is answered).
   */
  private static String firstSentence(String text) {
    int end = text.length();
    for (String stop : new String[] {". ", ";", "\n"}) {
      int at = text.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return text.substring(0, end);
  }
}
