package nl.dagwijzer.importer;

/**
 * One unit of the source's text structure: a line of plain text, or a heading, paragraph or list item of a page.
 * {@code line} is its line number in the source file; {@code gapBefore} says a blank line or a new block precedes
 * it; {@code level} is the heading level (1–6) for headings and 0 otherwise.
 */
record SourceLine(int line, String text, Style style, int level, boolean gapBefore) {
  enum Style { HEADING, PARAGRAPH, BULLET, CONTINUATION }

  boolean bullet() {
    return style == Style.BULLET;
  }
}
