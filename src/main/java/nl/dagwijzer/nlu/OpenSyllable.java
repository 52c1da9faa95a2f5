package nl.dagwijzer.nlu;

import java.util.Optional;

/**
 * Dutch spells a long vowel with one letter in an open syllable: "toespraak" but "toespraken", "digitaal" but
 * "digitale". The stem before such an ending ("toesprak", "digital") gets its vowel doubled back; after a short vowel
 * the consonant is doubled ("gesprek", "gesprekken") and the stem gets it single again.
 */
public final class OpenSyllable {
  private static final String VOWELS = "aeiou";
  private static final String LONG = "aeou";

  private OpenSyllable() {
  }

  /** "toesprak" → "toespraak", "digital" → "digitaal": a consonant, one long vowel, a consonant at the end. */
  public static Optional<String> lengthened(String stem) {
    int n = stem.length();
    if (n < 3) {
      return Optional.empty();
    }
    char vowel = stem.charAt(n - 2);
    boolean single = LONG.indexOf(vowel) >= 0 && VOWELS.indexOf(stem.charAt(n - 3)) < 0
        && VOWELS.indexOf(stem.charAt(n - 1)) < 0;
    return single ? Optional.of(stem.substring(0, n - 1) + vowel + stem.charAt(n - 1)) : Optional.empty();
  }

  /** "kraam" → "kramen", "zaal" → "zalen": a name that only has the plural is found by the singular too. */
  static String plural(String token) {
    int n = token.length();
    if (n < 4 || !Character.isLetter(token.charAt(n - 1)) || "aeiou".indexOf(token.charAt(n - 1)) >= 0
        || token.charAt(n - 2) != token.charAt(n - 3) || "aou".indexOf(token.charAt(n - 2)) < 0) {
      return token;
    }
    return token.substring(0, n - 2) + token.charAt(n - 1) + "en";
  }

  /**
   * "gesprekk" of "gesprekken" → "gesprek", "rapp" of "rappers" → "rap": a short vowel's consonant, doubled before an
   * ending, single again once the ending is off (four letters or more).
   */
  static String undoubled(String stem) {
    int n = stem.length();
    return n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) ? stem.substring(0, n - 1) : stem;
  }

  /** "toespraken" → "toespraak", "kramen" → "kraam": the long vowel an open syllable spells with one letter. */
  static String singular(String token) {
    if (token.length() < 6 || !token.endsWith("en")) {
      return token;
    }
    return lengthened(token.substring(0, token.length() - 2)).orElse(token);
  }
}
