package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "watisernu", "hoelaatisdelunch", "waarisdeborrel": a question typed without spaces. A word the programme does not
 * have that splits wholly into the words questions are made of (and at most one word of the programme) is read as
 * those words.
 */
final class JoinedWords {
  /** The short words questions are made of; a word of the programme may be one more part. */
  private static final Set<String> QUESTION_PARTS = Set.of("wat", "is", "er", "nu", "wie", "waar", "wanneer", "hoe",
      "laat", "lang", "de", "het", "een", "van", "in", "op", "te", "doen", "zijn", "ik", "je", "we", "moet", "kan",
      "mag", "gaat", "begint", "eindigt", "duurt", "straks", "hierna", "daarna", "nog", "spreekt", "welke", "hoeveel");
  /**
   * Two parts are too often a compound of the language; three or more, one of them a question word or "is", are a
   * question ("wat is er"; "dezelfde" is no "de zelf de").
   */
  private static final int MOST_PARTS_BUT_ONE = 2;
  /** Shorter words are slips or chat shorthand ("wnr"), not several words. */
  private static final int SHORTEST = 7;

  private JoinedWords() {
  }

  /** {@code ordinary}: words of the question language, which are never split ("volgende" is no "volgen de"). */
  static List<String> split(List<String> tokens, Set<String> programmeWords,
                            java.util.function.Predicate<String> ordinary) {
    return TokenParts.replaced(tokens, token -> token.length() < SHORTEST || programmeWords.contains(token)
        || ordinary.test(token) ? Optional.empty() : parts(token, programmeWords, false)
        .filter(p -> p.size() >= MOST_PARTS_BUT_ONE + 1
            && p.stream().anyMatch(w -> CueWords.QUESTION_WORDS.contains(w) || w.equals("is"))));
  }

  /** The parts {@code rest} is made of, trying the longest question word first; one programme word at most. */
  private static Optional<List<String>> parts(String rest, Set<String> programmeWords, boolean programmeUsed) {
    if (rest.isEmpty()) {
      return Optional.of(List.of());
    }
    for (int cut = rest.length(); cut >= 2; cut--) {
      String part = rest.substring(0, cut);
      boolean question = QUESTION_PARTS.contains(part);
      boolean programme = !question && !programmeUsed && part.length() >= 4 && programmeWords.contains(part);
      if (question || programme) {
        Optional<List<String>> after = parts(rest.substring(cut), programmeWords, programmeUsed || programme);
        if (after.isPresent()) {
          List<String> all = new ArrayList<>(List.of(part));
          all.addAll(after.get());
          return Optional.of(all);
        }
      }
    }
    return Optional.empty();
  }
}
