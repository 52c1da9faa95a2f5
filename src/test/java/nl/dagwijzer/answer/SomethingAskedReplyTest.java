package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "is er om 14:00 iets in De Serre?" and "is er na 21:25 nog iets?": whether there is something
 * then is asked to hear what, so the list of it after a yes, or a no with what the list says when it found nothing
 * (rows from the misses of earlier tuning days). Line breaks " / ".
 */
@DisplayName("Whether there is something at a time")
final class SomethingAskedReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // a time or part of the day asked: the list, with no when it found nothing and yes when it found some
      "congress | is er om 14:00 iets in De Serre? | Nee, om 14:00 is er niets in De Serre. Daar staat"
          + " er daarna niets meer op het programma.",
      "tune4-raadsinformatie | is er na 21:25 nog iets | Ja, vanaf 21:25: ‘Plenaire afsluiting met de "
          + "wethouder’ (Karin van 't Hof en Ahmed El Khatib), in Raadzaal, 21:30–22:00.",
      "tune10-lunchlezing | is er 's ochtends al iets | Nee, in de ochtend staat er niets op het "
          + "programma. Het programma loopt van 12:00 tot 13:30.",
      // a word of the texts asked: whether the programme has it, as before
      "tune62-windpark | is er iets over privacy | Nee, ‘privacy’ staat niet in het programma."})
  @DisplayName("is yes with what, or no")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
