package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;

/**
 * Whether a normalised sentence has a question's words in the sentence's own forms, for when it has them not as
 * written: a verb as the stem that starts a compound ("huren" in "een huurinstrument"), a verb in "-eren" as its noun
 * in "-atie" ("repareren", "de reparatie"), and a compound asked as its last part ("een studentenkamer" where the
 * sentence says "een kamer").
 */
final class LooseWords {
  /** A stem or part shorter than this is part of too many words to stand for one. */
  private static final int SHORTEST = 4;
  private static final String VOWELS = "aeiou";

  private LooseWords() {
  }

  static boolean has(String normal, String word) {
    return normal.contains(word) || forms(word).stream().anyMatch(f -> startsWord(normal, f));
  }

  /** The other forms of {@code word} a sentence may use, each at the start of one of its words. */
  static List<String> forms(String word) {
    int n = word.length();
    if (n >= 8 && word.endsWith("eren")) {
      return List.of(word.substring(0, n - 4) + "atie"); // "repareren": "reparatie"
    }
    if (n >= 5 && word.endsWith("en") && VOWELS.indexOf(word.charAt(n - 3)) < 0) {
      String stem = word.substring(0, n - 2);
      return List.of(nl.dagwijzer.nlu.OpenSyllable.lengthened(stem).orElse(stem)).stream().filter(s -> s.length() >= SHORTEST).toList();
    }
    return List.of();
  }

  /** "studentenkamer" → "kamer": the last part of a compound of two words, when that part is a word of the sentence. */
  static Optional<String> head(String normal, String word) {
    for (int k = SHORTEST; k <= word.length() - SHORTEST - 1; k++) {
      String part = word.substring(k);
      if (part.length() >= SHORTEST + 1 && (" " + normal + " ").contains(" " + part + " ")) {
        return Optional.of(part);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWord(String normal, String start) {
    return (" " + normal).contains(" " + start);
  }
}
