package nl.dagwijzer.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Line numbers of places in a source text, for the report of formats that are not read line by line. */
final class LineIndex {
  private final String text;
  private final List<Integer> lineStarts = new ArrayList<>();

  LineIndex(String text) {
    this.text = text;
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
  }

  /** The line of the first occurrence of {@code needle} at or after {@code from}; 0 when absent. */
  int lineOf(String needle, int from) {
    int at = needle == null || needle.isEmpty() ? -1 : text.indexOf(needle, Math.max(0, from));
    return at < 0 ? 0 : lineAt(at);
  }

  int lineAt(int index) {
    int found = Collections.binarySearch(lineStarts, index);
    return found >= 0 ? found + 1 : -found - 1;
  }
}
