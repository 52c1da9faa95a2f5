package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a yes/no question that one sentence of a description answers with the thing and the verb asked
 * ("Geef dieetwensen door"), or with the programme's word for needed ("verplicht"); a verb that is the thing itself
 * (a misspelt "rijden" read as "rijen") is no second word; a compound asked ("appeltaarten") may be its last part in
 * the sentence ("taarten").
 */
@DisplayName("A yes from one sentence with the thing and the verb")
final class DescribedYesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune44-benefietgala.json | kan ik dieetwensen doorgeven | Ja, uit de beschrijving van het voorgerecht: Geef"
          + " dieetwensen door aan de bediening aan je tafel.",
      "tune41-hackathon.json | kan ik mijn allergie doorgeven | Ja, uit de beschrijving van het diner: Geef"
          + " allergieën vóór 12:00 door bij de organisatietafel.",
      "tune38-zomerkamp.json | zijn gymschoenen nodig | Ja, uit de beschrijving van ‘Vossen: trefbal en apenkooi’:"
          + " Gymschoenen met lichte zolen zijn verplicht in de sporthal.",
      "tune42-schoolreisje.json | mag ik zelf met de auto naar het park rijden | Dat staat niet letterlijk in het"
          + " programma, maar dit wel: / Uit de beschrijving van ‘Show: Kapitein Koen en de verdwenen schat’: De eerste 3"
          + " rijen kunnen nat worden.",
      // a compound of the question by its last part, when no sentence has it whole
      "tune56-fruitplukdag.json | mag het publiek de appeltaarten proeven | Ja, uit de beschrijving van ‘Jurering"
          + " appeltaartwedstrijd’: Na de jurering mag het publiek de taarten proeven."})
  @DisplayName("say yes only with both, and quote the sentence")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
