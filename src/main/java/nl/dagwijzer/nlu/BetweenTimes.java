package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * "wat is er tussen de twee keer druiven plukken (in)?", "tussen de eerste en de tweede keer plukken": between the
 * two times of one session, said as "tussen de twee plukken", not a question how often it is given.
 */
final class BetweenTimes {
  private static final String BETWEEN = "tussen";
  private static final String TIMES = "keer";

  private BetweenTimes() {
  }

  static List<String> plain(List<String> tokens) {
    int at = tokens.indexOf(BETWEEN);
    if (at < 0 || !tokens.contains(TIMES)) {
      return tokens;
    }
    int times = tokens.indexOf(TIMES);
    if (times < at) {
      return tokens; // "twee keer ... tussen": how often, and between what else
    }
    List<String> between = tokens.subList(at + 1, times);
    boolean two = between.equals(List.of("de", "twee")) || between.equals(List.of("twee"))
        || between.equals(List.of("de", "eerste", "en", "de", "tweede"))
        || between.equals(List.of("de", "eerste", "en", "tweede"));
    if (!two) {
      return tokens;
    }
    List<String> read = new ArrayList<>(tokens.subList(0, at + 1));
    read.addAll(List.of("de", "twee"));
    read.addAll(tokens.subList(times + 1, tokens.size()));
    return List.copyOf(read);
  }
}
