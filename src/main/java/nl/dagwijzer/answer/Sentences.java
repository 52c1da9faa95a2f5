package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into sentences at ".", "!" or "?" and a space, but not after an abbreviation: "de mijnenjager Zr.Ms.
 * Makkum", "dhr. Jansen", "ca. 20 mensen" are one sentence each.
 */
final class Sentences {
  /** What {@code \\s} matches in a pattern. */
  private static final String SPACE = " \t\n\u000B\f\r";
  /** Abbreviations a sentence rarely ends with. */
  private static final Set<String> SHORT = Set.of("bijv", "ca", "incl", "excl", "nr", "dhr", "mevr", "dr", "mr", "ir",
      "prof", "drs", "ing", "st", "zr", "ms", "hr");

  private Sentences() {
  }

  static List<String> of(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    // as split("(?<=[.!?])\\s+"), which compiled a pattern on every call of a path most questions take
    String stripped = text.strip();
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < stripped.length() - 1; i++) {
      if (".!?".indexOf(stripped.charAt(i)) >= 0 && SPACE.indexOf(stripped.charAt(i + 1)) >= 0
          && !(stripped.charAt(i) == '.' && abbreviation(stripped, i))) {
        parts.add(stripped.substring(start, i + 1));
        int next = i + 1;
        while (next < stripped.length() && SPACE.indexOf(stripped.charAt(next)) >= 0) {
          next++;
        }
        start = next;
        i = next - 1;
      }
    }
    parts.add(stripped.substring(start));
    return List.copyOf(parts);
  }

  /** Whether the word before the full stop at {@code dot} is an abbreviation: "Zr.Ms", "o.a", "dhr". */
  private static boolean abbreviation(String text, int dot) {
    int from = dot;
    while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
      from--;
    }
    String word = text.substring(from, dot);
    if (word.isEmpty() || word.startsWith(".") || word.endsWith(".")) {
      return false;
    }
    boolean dotted = word.contains(".") && word.chars().filter(Character::isLetter).count() >= 2;
    return dotted || SHORT.contains(word.toLowerCase(Locale.ROOT));
  }
}
