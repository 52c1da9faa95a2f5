package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("TimeExpressions")
final class TimeExpressionsTest {
  private final TextNormaliser normaliser = new TextNormaliser();
  private final TimeExpressions times = new TimeExpressions();

  @ParameterizedTest(name = "\"{0}\" is {1} at tokens [{2}, {3})")
  @CsvSource(delimiter = '|', value = {
      "10:25 | 10:25 | 0 | 1",
      "wat is er om 10.25 | 10:25 | 4 | 5",
      "wat is er om 11 | 11:00 | 4 | 5",
      "wat is er 11 uur | 11:00 | 3 | 5",
      "wat is er om 11 uur | 11:00 | 4 | 6",
      "wat is er om half 12 | 11:30 | 4 | 6",
      "kwart over 10 | 10:15 | 0 | 3",
      "wat is er om kwart voor 11 | 10:45 | 4 | 7",
      "wat is er om 1 | 13:00 | 4 | 5",
      "om 7 uur | 19:00 | 1 | 3",
      "om 8 uur | 08:00 | 1 | 3",
      "wat is er om achten | 20:00 | 4 | 5",
      "wat is er om 8en | 20:00 | 4 | 5",
      "na 4en | 16:00 | 1 | 2",
      "half 1 | 12:30 | 0 | 2",
      "0:05 | 00:05 | 0 | 1",
      "om elf uur | 11:00 | 1 | 3",
      "half twaalf | 11:30 | 0 | 2",
      "kwart over tien | 10:15 | 0 | 3",
      "om twee uur | 14:00 | 1 | 3",
      "om kwart over 1 's nachts | 01:15 | 1 | 4",
      "om 7 uur 's ochtends | 07:00 | 1 | 3",
      "om 16:00 's nachts | 16:00 | 1 | 2"})
  @DisplayName("finds one clock time and the tokens it covers")
  void findsOneTime(String question, String time, int from, int to) {
    // given
    List<String> tokens = normaliser.tokens(question);
    // when
    List<TimeExpressions.Found> found = times.find(tokens);
    // then
    assertThat(found).containsExactly(new TimeExpressions.Found(from, to, LocalTime.parse(time)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"25:00", "10:60", "om de hoek", "3 workshops", "wat is er om", "half", "kwart",
      "kwart na 10", "om 24", "om 0", "om 123", "om een", ""})
  @DisplayName("finds nothing in words and numbers that are no clock time")
  void findsNothing(String question) {
    // given
    List<String> tokens = normaliser.tokens(question);
    // when
    List<TimeExpressions.Found> found = times.find(tokens);
    // then
    assertThat(found).isEmpty();
  }

  @Test
  @DisplayName("finds several times in one question, left to right")
  void findsSeveral() {
    // given
    List<String> tokens = normaliser.tokens("wat is er tussen 10.25 en half 12");
    // when
    List<TimeExpressions.Found> found = times.find(tokens);
    // then
    assertThat(found).containsExactly(
        new TimeExpressions.Found(4, 5, LocalTime.of(10, 25)),
        new TimeExpressions.Found(6, 8, LocalTime.of(11, 30)));
  }
}
