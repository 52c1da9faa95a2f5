package nl.dagwijzer.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads questions one line at a time (ended by {@code \n}, {@code \r} or {@code \r\n}, as
 * {@link java.io.BufferedReader#readLine} does) and keeps at most {@code limit} characters of each: the rest of an
 * over-long line is read and dropped, never held, so one huge line cannot exhaust the memory.
 */
final class QuestionLines {
  /** One line: its text (at most {@code limit} characters) and whether the line was longer than that. */
  record Line(String text, boolean tooLong) {
  }

  private final Reader in;
  private final int limit;
  private final char[] buffer = new char[8192];
  private int position;
  private int end;
  private boolean skipLineFeed;

  QuestionLines(Reader in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line, or {@code null} at the end of the input. */
  Line next() throws IOException {
    StringBuilder text = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == end && !fill()) {
        return any ? new Line(text.toString(), tooLong) : null;
      }
      char c = buffer[position++];
      if (skipLineFeed) {
        skipLineFeed = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n' || c == '\r') {
        skipLineFeed = c == '\r';
        return new Line(text.toString(), tooLong);
      }
      if (text.length() < limit) {
        text.append(c);
      } else {
        tooLong = true;
      }
    }
  }

  /** Whether more input can be read without waiting. */
  boolean ready() throws IOException {
    return position < end || in.ready();
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    position = 0;
    end = Math.max(read, 0);
    return read > 0;
  }
}
