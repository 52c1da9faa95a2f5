package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * A word of a title that stands where a question puts its verb is that verb: in "wat zingt het seniorenkoor?",
 * "welk koor zingt na Cantabile?" and "zingt het mannenkoor in de stadszaal?" "zingt" is what the choirs do, not
 * "Projectkoor Hoorn Zingt". Dutch puts the finite verb first in a yes/no question and right after the question word
 * (or "welk koor", "hoe lang") in any other, with its subject or what it says of it after it. (The caller checks the
 * word is one a title has as it stands: "wie pitcht als eerste?" still asks for the pitches.)
 */
final class FiniteVerb {
  /** What follows a finite verb: its subject, or the time or place it is said of. */
  private static final Set<String> AFTER = Set.of("het", "de", "er", "een", "ik", "je", "jij", "u", "we", "wij", "ze",
      "zij", "hij", "na", "voor", "om", "in", "op", "tijdens", "als", "eerst", "daar", "hier", "dan", "nog", "ook",
      "die", "dat", "dit", "deze", "bij");
  private static final Set<String> WHICH = Set.of("welk", "welke", "hoe", "hoelang");

  private FiniteVerb() {
  }

  static boolean at(List<String> tokens, Span span) {
    int i = span.from();
    if (span.to() - i != 1 || span.entity().type() != EntityType.SESSION && span.entity().type() != EntityType.ORGANISATION
        || i + 1 >= tokens.size()) {
      return false;
    }
    String word = tokens.get(i);
    if (word.length() < 4 || !word.endsWith("t") || !AFTER.contains(tokens.get(i + 1))) {
      return false;
    }
    return i == 0 || CueWords.QUESTION_WORDS.contains(tokens.get(i - 1))
        || i >= 2 && WHICH.contains(tokens.get(i - 2));
  }
}
