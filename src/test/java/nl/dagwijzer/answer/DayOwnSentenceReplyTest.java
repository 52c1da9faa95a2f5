package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies the day's own text answers: "hoe laat gaan de deuren open?" by its sentence about the doors before
 * the start of the programme, "wat moet ik meenemen?" by its "Neem een geldig identiteitsbewijs mee" when no session
 * says what to bring (and not "het hoofd beveiliging neemt je mee door het cellencomplex"); rows from the misses of a
 * later tuning day.
 */
@DisplayName("What only the day's own text says")
final class DayOwnSentenceReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "tune57-rechtbankdag | hoe laat gaan de deuren open | Uit de beschrijving van de dag: De deuren gaan open om"
          + " 09:45 en sluiten om 16:30. / Het programma begint om 10:00 met ‘Welkom door de president’ (Hester"
          + " Aldering).",
      "tune57-rechtbankdag | wat moet ik meenemen | Uit de beschrijving van de dag: Neem een geldig"
          + " identiteitsbewijs mee: iedereen van 14 jaar en ouder moet dat bij de ingang laten zien (paspoort,"
          + " identiteitskaart of rijbewijs); kinderen onder de 14 komen binnen onder begeleiding van een"
          + " volwassene."})
  @DisplayName("quotes it")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
