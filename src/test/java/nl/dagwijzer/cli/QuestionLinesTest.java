package nl.dagwijzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Question lines")
final class QuestionLinesTest {
  private static List<QuestionLines.Line> read(Reader in, int limit) throws IOException {
    QuestionLines lines = new QuestionLines(in, limit);
    List<QuestionLines.Line> all = new ArrayList<>();
    for (QuestionLines.Line line = lines.next(); line != null; line = lines.next()) {
      all.add(line);
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\\n endings          | a\\nbc\\n\\nd\\n | a,bc,,d",
      "\\r\\n endings       | a\\r\\nbc\\r\\n  | a,bc",
      "\\r endings          | a\\rbc\\r        | a,bc",
      "no final line end    | a\\nbc           | a,bc",
      "empty input          | ''               | ''",
      "only a line end      | \\n              | ''"})
  @DisplayName("splits lines as BufferedReader.readLine does")
  void splitsLikeReadLine(String what, String input, String expected) throws IOException {
    // given
    String text = input.replace("\\r", "\r").replace("\\n", "\n");
    // when
    List<String> lines = read(new StringReader(text), 500).stream().map(QuestionLines.Line::text).toList();
    // then
    List<String> readLine = new java.io.BufferedReader(new StringReader(text)).lines().toList();
    assertThat(lines).as(what).isEqualTo(readLine);
    assertThat(String.join(",", lines)).isEqualTo(expected);
  }

  @Test
  @DisplayName("keeps at most the limit of an over-long line, marks it, and reads the next line whole")
  void overLongLine() throws IOException {
    // given a 2 MB line, a line of exactly the limit, and a short one
    String huge = "a".repeat(2 * 1024 * 1024);
    String exact = "b".repeat(500);
    // when
    List<QuestionLines.Line> lines = read(new StringReader(huge + "\n" + exact + "\r\nwanneer is de lunch"), 500);
    // then
    assertThat(lines).containsExactly(new QuestionLines.Line("a".repeat(500), true),
        new QuestionLines.Line(exact, false), new QuestionLines.Line("wanneer is de lunch", false));
  }
}
