package nl.dagwijzer.nlu;

import java.util.List;

/** What stands just before a name in a question: "bij de", "in het", "op". */
final class WordsBefore {
  private WordsBefore() {
  }

  /** Whether {@code word} comes just before {@code at}, past one article. */
  static boolean precededBy(List<String> tokens, int at, String word) {
    int k = beforeArticle(tokens, at);
    return k >= 0 && tokens.get(k).equals(word);
  }

  /** Where the word before {@code at} stands, past "het" or "de" right before it; -1 at the start. */
  private static int beforeArticle(List<String> tokens, int at) {
    int k = at - 1;
    return k >= 0 && (tokens.get(k).equals("het") || tokens.get(k).equals("de")) ? k - 1 : k;
  }

  private static final java.util.Set<String> COMING = java.util.Set.of("komt", "komen", "er", "is", "zijn", "werkt",
      "werken", "iemand");

  /** "wie komt er van het UWV?", "wie is er van de gemeente?": someone from it ("terugvorderingen van X" is not). */
  static boolean comesFrom(List<String> tokens, int at) {
    int k = beforeArticle(tokens, at);
    return k >= 1 && tokens.get(k).equals("van") && COMING.contains(tokens.get(k - 1));
  }

  /** "in het stadhuis", "op Podium Zuid": a place is named. */
  static boolean placeBefore(List<String> tokens, int at) {
    return precededBy(tokens, at, "op") || precededBy(tokens, at, "in");
  }
}
