package nl.dagwijzer.nlu;

import java.util.Set;

/**
 * A word of a name typed cut short: "agilitydemo" for "Agilitydemonstratie", "cardio" for "cardioloog"; not a word
 * of the programme's own texts ("werkgevers" is meant as written, not as "werkgeverspanel" cut short), nor the first
 * part of a compound whose rest is a word too ("privacy" of "privacykeynote").
 */
final class CutShort {
  /** The shortest start of a word that names it cut short ("cardio"); "demo" alone is too short to tell. */
  static final int SHORTEST = 6;
  /** From this length a start names the longer word even beside a name of its own ("agilitydemo"). */
  static final int LONG = 9;

  private final Set<String> textWords;
  private final Set<String> nameWords;

  CutShort(Set<String> textWords, Set<String> nameWords) {
    this.textWords = textWords;
    this.nameWords = nameWords;
  }

  /** Whether {@code typed} may be tried as cut short at all: long, or naming nothing exactly ({@code named}). */
  static boolean tried(String typed, boolean named) {
    return typed.length() >= LONG || typed.length() >= SHORTEST && !named;
  }

  boolean of(String typed, String expected) {
    String rest = expected.substring(Math.min(expected.length(), typed.length()));
    return typed.length() >= SHORTEST && expected.length() >= typed.length() + 3 && expected.startsWith(typed)
        && !textWords.contains(typed) && (typed.length() >= LONG || !nameWords.contains(rest)
        && !textWords.contains(rest));
  }
}
