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
      "tune24-zorgtech.json | hoe lang duurt een tabletles | ‘Station 5: Tablet-cursus voor beginners’ (Mirjam"
          + " Dijkstra) duurt 180 minuten (3 uur), van 11:00 tot 14:00. / Uit de beschrijving van ‘Station 5:"
          + " Tablet-cursus voor beginners’: Er zijn 3 lessen: om 11:00, 12:00 en 13:00; elke les duurt 30 minuten.",
      "tune37-ziekenhuis.json | hoe lang ben je bezig in het teddyberenziekenhuis | ‘Teddyberenziekenhuis’ (Lisa"
          + " Bakker) duurt 300 minuten (5 uur), van 10:00 tot 15:00. / Uit de beschrijving van"
          + " ‘Teddyberenziekenhuis’: Gratis en zonder aanmelden; reken op 20 minuten.",
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
