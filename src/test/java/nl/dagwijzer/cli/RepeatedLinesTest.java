package nl.dagwijzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import nl.dagwijzer.testing.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A line standard input repeats is answered once per minute")
final class RepeatedLinesTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:15:05Z"),
      ZoneId.of("Europe/Amsterdam"));
  private final RepeatedLines repeated = new RepeatedLines(clock);
  private final AtomicInteger answered = new AtomicInteger();

  private String answer(String text) {
    return text + " #" + answered.incrementAndGet();
  }

  @Test
  @DisplayName("the same line later in the same minute gets the output of the first, without answering again")
  void sameMinute() {
    // given a line answered once
    QuestionLines.Line line = new QuestionLines.Line("wanneer is de lunch", false);
    String first = repeated.output(line, () -> answer("lunch"));
    // when it comes again 50 seconds later
    clock.advance(Duration.ofSeconds(50));
    String second = repeated.output(line, () -> answer("lunch"));
    // then
    assertThat(first).isEqualTo("lunch #1");
    assertThat(second).isEqualTo("lunch #1");
    assertThat(answered).hasValue(1);
  }

  @Test
  @DisplayName("in the next minute, or cut short, the same text is answered again")
  void nextMinuteOrTooLong() {
    // given a line answered at 10:15:05
    repeated.output(new QuestionLines.Line("wat is er nu", false), () -> answer("nu"));
    // when the same text comes cut short, and then whole at 10:16:00
    String cut = repeated.output(new QuestionLines.Line("wat is er nu", true), () -> answer("te lang"));
    clock.advance(Duration.ofSeconds(55));
    String later = repeated.output(new QuestionLines.Line("wat is er nu", false), () -> answer("nu"));
    // then
    assertThat(cut).isEqualTo("te lang #2");
    assertThat(later).isEqualTo("nu #3");
  }

  @Test
  @DisplayName("no more than its limit of outputs is kept; lines beyond it are answered every time")
  void limited() {
    // given as many different lines as it keeps
    for (int i = 0; i < RepeatedLines.MAX_LINES; i++) {
      int n = i;
      repeated.output(new QuestionLines.Line("vraag " + n, false), () -> "antwoord " + n);
    }
    // when one more new line comes twice
    QuestionLines.Line extra = new QuestionLines.Line("nog een vraag", false);
    repeated.output(extra, () -> answer("extra"));
    String again = repeated.output(extra, () -> answer("extra"));
    // then it was answered both times, and a kept line still comes from memory
    assertThat(again).isEqualTo("extra #2");
    assertThat(repeated.output(new QuestionLines.Line("vraag 7", false), () -> answer("vraag 7")))
        .isEqualTo("antwoord 7");
  }
}
