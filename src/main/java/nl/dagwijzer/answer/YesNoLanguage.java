package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.nlu.LanguageAsked;
import nl.dagwijzer.programme.Session;

/**
 * "is de wandeling van 15:00 in het nederlands?" when its description says "Deze ronde wordt in het Engels gegeven":
 * no, with that sentence, when the first sentence of the session named that gives a language gives only others. The
 * sentence that gives the language asked is a yes any sentence with the question's words gives; a sentence on a sign
 * language interpreter says nothing of the language spoken.
 */
final class YesNoLanguage {
  /** What is shown or handed out, whose language is not the one spoken. */
  private static final java.util.regex.Pattern MATERIAL = java.util.regex.Pattern.compile(
      "\\b(slides|sheets|hand-outs?|tekst|scherm|ondertitel\\p{L}*|materiaal|boekje)\\b");

  private YesNoLanguage() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> asked = LanguageAsked.of(a.query());
    if (asked.isEmpty() || !a.selection().named() || a.selection().subject().isEmpty()) {
      return Optional.empty();
    }
    for (Session session : a.selection().subject()) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        List<String> words = List.of(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        if (words.stream().anyMatch(w -> w.startsWith("gebaren"))) {
          continue;
        }
        // ("Nederlands en Engels", "in het Nederlands; één verhaal in het Turks": each language it gives, not that of
        // the slides or the text on a screen: "De sessie is Engelstalig; de slides zijn in het Nederlands.")
        List<String> given = java.util.Arrays.stream(sentence.toLowerCase(Locale.ROOT).split("[;,]"))
            .filter(clause -> !MATERIAL.matcher(clause).find())
            .flatMap(clause -> java.util.Arrays.stream(clause.split("[^\\p{L}]+")))
            .flatMap(w -> LanguageAsked.language(w).stream()).toList();
        if (given.contains(asked.get())) {
          return Optional.empty(); // the yes of the sentence that has the words, with who and when, as any other
        }
        if (!given.isEmpty()) {
          return Optional.of(Written.text("Nee, " + Descriptions.from(session, sentence))
              .turningTo(List.of(session)));
        }
      }
    }
    return Optional.empty();
  }
}
