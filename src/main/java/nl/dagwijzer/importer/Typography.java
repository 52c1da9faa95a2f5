package nl.dagwijzer.importer;

/** Text as published, made plain for programme.json: straight quotes, single spaces, no invisible characters. */
final class Typography {
  private Typography() {
  }

  /**
   * Curly quotes become straight ones, because attendees type straight ones and the bundled programme uses them;
   * dashes are kept, they are part of how organisers write titles.
   */
  static String plain(String text) {
    if (text == null) {
      return "";
    }
    String result = text
        .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201A', '\'').replace('\u201B', '\'')
        .replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"')
        .replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' ')
        .replace("\u200B", "").replace("\u00AD", "").replace("\uFEFF", "");
    return result.replaceAll("[ \\t\\x0B\\f]+", " ").strip();
  }

  /** Ends a summary like a sentence, as the bundled programme does. */
  static String sentence(String text) {
    String plain = plain(text);
    if (plain.isEmpty()) {
      return plain;
    }
    char last = plain.charAt(plain.length() - 1);
    return Character.isLetterOrDigit(last) || last == ')' || last == '\'' || last == '"' ? plain + "." : plain;
  }

  /** A title starts with a capital; a trailing colon or full stop is punctuation of the source, not the title. */
  static String title(String text) {
    String plain = plain(text).replaceAll("[\\s:;,.–-]+$", "").strip();
    if (plain.isEmpty()) {
      return plain;
    }
    return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
  }

  static int words(String text) {
    String plain = plain(text);
    return plain.isEmpty() ? 0 : plain.split(" ").length;
  }
}
