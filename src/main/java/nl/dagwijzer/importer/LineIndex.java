package nl.dagwijzer.importer;

/** Line numbers of places in a source text, for the report of formats that are not read line by line. */
final class LineIndex {
  private final String text;

  LineIndex(String text) {
    this.text = text;
  }

  /** The line of the first occurrence of {@code needle} at or after {@code from}; 0 when absent. */
  int lineOf(String needle, int from) {
    int at = needle == null || needle.isEmpty() ? -1 : text.indexOf(needle, Math.max(0, from));
    return at < 0 ? 0 : lineAt(at);
  }

  int lineAt(int index) {
    int line = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
