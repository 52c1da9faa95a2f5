package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole yes/no replies judged by the right clause or span: whether something is free by the clause that gives a
 * price ("Meedoen is gratis; schrijf je team in bij de quizmaster"), how one pays by the clause that names a way to
 * pay; "de hele avond" of a night that runs past midnight; "klaar" beside "liggen" or "staan" as ready, not over;
 * "onderweg" as a word around the question, not one the sentence must have.
 * Line breaks " / ".
 */
@DisplayName("Yes or no by the clause that says it, past midnight, and 'klaar' as ready")
final class ClauseAndNightReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune43-sterrenwacht.json | is meedoen aan de quiz gratis | Ja, uit de beschrijving van ‘Sterrenquiz’: Meedoen"
          + " is gratis; schrijf je team vanaf 23:30 in bij de quizmaster.",
      "tune37-ziekenhuis.json | kan ik pinnen in het restaurant | Ja, uit de beschrijving van de soep en broodjes in"
          + " Restaurant De Brug: Broodjes kosten €2,75; pinnen is mogelijk.",
      "tune43-sterrenwacht.json | is de meteorietenmarkt de hele avond open | Nee, ‘Meteorietenmarkt’ is van 19:00 tot"
          + " 23:00; het programma loopt van 19:00 tot 01:00.",
      "tune43-teamdag.json | liggen er zwemvesten klaar | Ja, uit de beschrijving van ‘Zeilen (team Rood)’:"
          + " Zeilervaring is niet nodig; zwemvesten liggen klaar.",
      "tune40-hardloopdag.json | is er sportdrank onderweg | Ja, uit de beschrijving van de verzorgingspost:"
          + " Vrijwilligers van de Rotary delen water, sportdrank en stukjes banaan uit aan de lopers van de 10 km en de"
          + " halve marathon."})
  @DisplayName("say yes or no by what the programme says")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("half an hour before an evening that runs past midnight, the evening is still to come")
  void beforeTheEvening() {
    // given a gala from 18:30 to 01:30, when asked at 18:00
    String reply = replyAt(java.time.LocalTime.of(18, 0), "tune44-benefietgala.json", "hoe lang moeten we nog wachten");
    // then
    assertThat(reply).isEqualTo("Het programma begint over 30 minuten, om 18:30, en loopt tot 01:30.");
  }
}
