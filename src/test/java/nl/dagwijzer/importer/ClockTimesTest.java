package nl.dagwijzer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Times and durations as Dutch programmes write them")
final class ClockTimesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "10.00 – 10.05 uur                      | 10:00 | 10:05 | false | ''",
      "10:00-10:05 Welkom                     | 10:00 | 10:05 | false | Welkom",
      "van 14.20 tot 14.30 uur: korte pauze   | 14:20 | 14:30 | false | korte pauze",
      "11:00 uur Lunch                        | 11:00 | -     | false | Lunch",
      "vanaf 12.30 Borrel in de foyer         | 12:30 | -     | true  | Borrel in de foyer",
      "09.00 – 09.30 uur: Ontvangst           | 09:00 | 09:30 | false | Ontvangst",
      "9u30 Opening                           | 09:30 | -     | false | Opening",
      "13.00 uur\tInloop                      | 13:00 | -     | false | Inloop"})
  @DisplayName("a time at the start of a line gives start, end and the text after it")
  void leading(String text, String start, String end, boolean openEnded, String rest) {
    // given the line as written
    // when
    ClockTimes.Leading time = ClockTimes.leading(text.replace("\\t", "\t")).orElseThrow();
    // then
    assertThat(time.start()).hasToString(start);
    assertThat(time.end() == null ? "-" : time.end().toString()).isEqualTo(end);
    assertThat(time.openEnded()).isEqualTo(openEnded);
    assertThat(time.rest()).isEqualTo(rest);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Let op: deze workshop duurt 1,5 uur.", "Deze workshop duurt 45 min.", "2016 was een goed jaar.",
      "12.06.2025 is de datum", "Dinsdag 7 oktober, 13.00 - 17.00 uur"})
  @DisplayName("a line that does not start with a clock time is not a programme item")
  void notLeading(String text) {
    // given a line that mentions numbers but does not open with a time
    // when / then
    assertThat(ClockTimes.leading(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Let op: deze workshop duurt 1,5 uur.  | 90",
      "Deze workshop duurt 45 min.           | 45",
      "Deze sessie duurt anderhalf uur.      | 90",
      "De workshop duurt een kwartier.       | 15",
      "Deze workshop duurt 30 minuten.       | 30"})
  @DisplayName("a stated duration becomes minutes")
  void durations(String sentence, int minutes) {
    // given / when / then
    assertThat(Durations.stated(sentence)).hasValue(minutes);
  }
}
