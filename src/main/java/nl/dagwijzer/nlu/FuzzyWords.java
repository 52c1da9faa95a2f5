package nl.dagwijzer.nlu;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * When two words count as the same despite a typo ("zoetermer" = "zoetermeer", "lunsh" = "lunch"). Short words must
 * match exactly: one letter off in "bos" or "om" is another word, not a typo.
 */
public final class FuzzyWords {
  private static final LevenshteinDistance ONE = new LevenshteinDistance(1);
  private static final LevenshteinDistance TWO = new LevenshteinDistance(2);

  public int allowedEdits(String word) {
    if (word.length() >= 9) {
      return 2;
    }
    return word.length() >= 5 ? 1 : 0;
  }

  /** Edit distance between the two words when it is within what {@code expected}'s length allows, else -1. */
  public int distance(String typed, String expected) {
    if (typed.equals(expected)) {
      return 0;
    }
    // A typed word one letter short of a 5-letter word ("luch" for "lunch") is still that word.
    if (typed.length() >= 4 && swapped(typed, expected)) {
      return 1; // "rjin" for "rijn", "kruimles" for "kruimels": two letters swapped is one slip of the fingers
    }
    long lettersApart = letters(typed) ^ letters(expected);
    // Only words with the same letters can be the same with runs collapsed: the check costs nothing for the rest.
    if (typed.length() >= 3 && lettersApart == 0 && collapsed(typed).equals(collapsed(expected))) {
      return 1; // "pol", "polll" for "poll", "quizz" for "quiz": a letter typed once too few or too many times
    }
    if (typed.length() >= 4 && Math.abs(typed.length() - expected.length()) <= 2 && english(expected)
        && spoken(typed).equals(spoken(expected))) {
      return 1; // "jurie" for "jury", "keynoot" for "keynote": an English word written the way it sounds in Dutch
    }
    int allowed = typed.length() < 4 ? 0 : Math.min(allowedEdits(expected), Math.max(1, allowedEdits(typed)));
    if (allowed == 0 || Math.abs(typed.length() - expected.length()) > allowed
        || Long.bitCount(lettersApart) > 2 * allowed) {
      return -1;
    }
    return (allowed == 1 ? ONE : TWO).apply(typed, expected);
  }

  /**
   * Which letters a word has, one bit each (others share bits, which only lets more pairs through). One edit adds or
   * removes at most two letters, so words whose letters differ in more than twice the allowed edits are never within
   * them: most of a vocabulary is ruled out without computing a distance.
   */
  private static long letters(String word) {
    long bits = 0;
    for (int i = 0; i < word.length(); i++) {
      bits |= 1L << (word.charAt(i) & 63);
    }
    return bits;
  }

  /** Spelled the English way ("jury", "keynote", "check"): only such a word is written as it sounds. */
  private static boolean english(String word) {
    return word.indexOf('y') >= 0 || word.indexOf('c') >= 0 || word.contains("ph") || word.contains("th")
        || word.contains("qu");
  }

  /**
   * How a word sounds, roughly, to a Dutch ear: "jury" and "jurie" → "juri", "keynote" and "keynoot" → "keinot",
   * "quiz" and "kwis" → "kwis".
   */
  private static String spoken(String word) {
    String sound = word.replace("ey", "ei").replace("ie", "i").replace('y', 'i').replace("ck", "k")
        .replace("qu", "kw").replace('c', 'k').replace("ph", "f").replace("th", "t");
    sound = sound.endsWith("z") ? sound.substring(0, sound.length() - 1) + "s" : sound; // "quiz" as "kwis"
    sound = collapsed(sound);
    return sound.length() > 3 && sound.endsWith("e") ? sound.substring(0, sound.length() - 1) : sound;
  }

  /** The word with each run of one letter written once: "polll" → "pol". */
  private static String collapsed(String word) {
    StringBuilder once = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
        once.append(word.charAt(i));
      }
    }
    return once.toString();
  }

  private static boolean swapped(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (first >= 0) {
          return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
              && a.substring(i + 1).equals(b.substring(i + 1));
        }
        first = i;
      }
    }
    return false;
  }

  public boolean similar(String typed, String expected) {
    return distance(typed, expected) >= 0;
  }

  /**
   * Three letters are too few for a slip, except one letter left out of a four-letter word ("fim" for "film"), the
   * first letter kept.
   */
  static boolean oneLetterShort(String typed, String expected) {
    if (typed.length() != 3 || expected.length() != typed.length() + 1 || typed.charAt(0) != expected.charAt(0)) {
      return false;
    }
    for (int skip = 1; skip < expected.length(); skip++) {
      if ((expected.substring(0, skip) + expected.substring(skip + 1)).equals(typed)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two words of one length differ only in their last two letters. */
  static boolean sameStem(String one, String other) {
    // ("dansen" is what a "danser" does, not the dancer: a verb or plural in "-en" is no form of a noun in "-er")
    boolean doerAndDeed = one.endsWith("en") && other.endsWith("er") || one.endsWith("er") && other.endsWith("en");
    return one.regionMatches(0, other, 0, one.length() - 2) && !doerAndDeed;
  }
}
