package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on the length of one of many things ("een gesprek", "zo'n gesprek") that only the day's own
 * description gives ("Een gesprek duurt 20 minuten"), not the length of the whole day or of a break that lasts as
 * long as asked. Line breaks " / ".
 */
@DisplayName("The length of one of many, from the day's description")
final class UnitLengthReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune34-inloopspreekuur.json | hoe lang duurt een gesprek? | Uit de beschrijving van de dag: Een gesprek duurt"
          + " 20 minuten; trek bij binnenkomst een nummertje bij de balie.",
      "tune34-inloopspreekuur.json | hoelang duurt zo'n gesprek | Uit de beschrijving van de dag: Een gesprek duurt"
          + " 20 minuten; trek bij binnenkomst een nummertje bij de balie.",
      "tune34-inloopspreekuur.json | duurt een gesprek een half uur | Nee, uit de beschrijving van de dag: Een"
          + " gesprek duurt 20 minuten; trek bij binnenkomst een nummertje bij de balie."})
  @DisplayName("quotes the day's sentence that gives it")
  void answers(String programme, String question, String expected) {
    // given the programme
    // when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
