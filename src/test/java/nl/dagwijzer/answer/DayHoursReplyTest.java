package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to an hour said without a clock ("half 8", "8 uur") on a day that runs into the evening (09:00 to
 * 22:30): the half of the day the programme has; an hour inside the day as said; a clock time as written.
 */
@DisplayName("An hour without a clock, in the day's own half")
final class DayHoursReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune45-dansschool.json | wat is er om half 8 | Om 19:30: ‘Opening avondvoorstelling’ (Noor el Idrissi en"
          + " Mirjam van den Berg), in Grote zaal, 19:30–19:35.",
      "tune45-dansschool.json | wat is er om 8 uur | Om 20:00: ‘Ballet: De Notenkraker’ (Ingrid ter Horst), in Grote"
          + " zaal, 19:45–20:05.",
      "tune45-dansschool.json | wat is er om 10 uur | Om 10:00: ‘Generale repetitie’ (Mirjam van den Berg en Bart"
          + " Hoogendoorn), in Grote zaal, 09:00–12:30."})
  @DisplayName("answer of the hour the day has")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
