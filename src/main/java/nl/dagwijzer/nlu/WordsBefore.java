package nl.dagwijzer.nlu;

import java.util.List;

/** What stands just before a name in a question: "bij de", "in het", "op". */
final class WordsBefore {
  private WordsBefore() {
  }

  /** Whether {@code word} comes just before {@code at}, past one article. */
  static boolean precededBy(List<String> tokens, int at, String word) {
    int k = at - 1;
    if (k >= 0 && (tokens.get(k).equals("het") || tokens.get(k).equals("de"))) {
      k--;
    }
    return k >= 0 && tokens.get(k).equals(word);
  }

  /** "in het stadhuis", "op Podium Zuid": a place is named. */
  static boolean placeBefore(List<String> tokens, int at) {
    return precededBy(tokens, at, "op") || precededBy(tokens, at, "in");
  }
}
