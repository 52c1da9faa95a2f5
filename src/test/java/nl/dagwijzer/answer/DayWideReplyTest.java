package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where the day's own text, a series of sessions or a phrase of ordinary Dutch decides the answer
 * (rows from the misses of the later tuning days).
 */
@DisplayName("The day's own sentences, series and fixed phrases")
final class DayWideReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // "toegang tot de molens" is access to them, not "until" them; the day's sentence on all the mills answers it
      "tune48-molendag | is de toegang tot de molens gratis | Ja, uit de beschrijving van de dag: Toegang tot alle"
          + " molens is gratis."})
  @DisplayName("answers from the day's text")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
