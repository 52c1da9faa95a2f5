package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.nlu.LanguageAsked;
import nl.dagwijzer.programme.Session;

/**
 * "is de wandeling van 15:00 in het nederlands?" when its description says "Deze ronde wordt in het Engels gegeven":
 * no, with that sentence, when the first sentence of the session named that gives a language gives another. The
 * sentence that gives the language asked is a yes any sentence with the question's words gives; a sentence on a sign
 * language interpreter says nothing of the language spoken.
 */
final class YesNoLanguage {
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
        Optional<String> given = words.stream().flatMap(w -> LanguageAsked.language(w).stream()).findFirst();
        if (given.isPresent() && given.get().equals(asked.get())) {
          return Optional.empty(); // the yes of the sentence that has the words, with who and when, as any other
        }
        if (given.isPresent()) {
          return Optional.of(Written.text("Nee, " + Descriptions.from(session, sentence))
              .turningTo(List.of(session)));
        }
      }
    }
    return Optional.empty();
  }
}
