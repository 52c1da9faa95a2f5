package nl.dagwijzer.programme;

import java.util.Locale;
import java.util.Optional;

/** Whether a name or title shows anything to a reader, and which invisible characters it must not contain. */
final class VisibleText {
  private VisibleText() {
  }

  /** True when every character is a space of any kind, a format character or a mark without a base letter. */
  static boolean isEmpty(String text) {
    return text.codePoints().allMatch(VisibleText::invisible);
  }

  /**
   * The first control character (NUL, U+0085 NEXT LINE) or direction override (U+202A–U+202E, U+2066–U+2069), as
   * {@code U+XXXX}; tabs and line breaks in long texts are allowed.
   */
  static Optional<String> hiddenCharacter(String text) {
    return text.codePoints()
        .filter(c -> (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
            || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        .mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c))
        .findFirst();
  }

  private static boolean invisible(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.FORMAT, Character.CONTROL, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK -> true;
      default -> false;
    };
  }
}
