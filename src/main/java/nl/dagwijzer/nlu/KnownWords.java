package nl.dagwijzer.nlu;

import java.util.HashSet;
import java.util.Set;

/** The words a question may use without naming anything unknown: a word outside them may be a name it lacks. */
final class KnownWords {
  private KnownWords() {
  }

  /** Every word a question may use without naming anything unknown. */
  static Set<String> of(Set<String> vocabulary, Set<String> programmeWords) {
    Set<String> words = new HashSet<>(vocabulary);
    words.addAll(programmeWords);
    words.addAll(CueWords.all());
    words.addAll(CommonWords.WORDS);
    for (DayPart part : DayPart.values()) {
      words.addAll(part.words());
    }
    for (DayPeriod period : DayPeriod.values()) {
      words.addAll(period.words());
    }
    words.addAll(RoundWords.ROUND_WORDS);
    words.addAll(RoundWords.ORDINALS.keySet());
    return words;
  }
}
