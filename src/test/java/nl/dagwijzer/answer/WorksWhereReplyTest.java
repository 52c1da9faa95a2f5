package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "werkt X bij Y?" and "bij welk kantoor werkt X?" when the programme gives X's organisation: yes
 * or no by it, or that organisation, with what it says of
 * X (the sentence after it is one a word of the question, "werkt", brings along). Line breaks " / ".
 */
@DisplayName("Whether a speaker works where the question says")
final class WorksWhereReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune23-seniorenbeurs.json | bij welk kantoor werkt annelies verbeek | Annelies Verbeek is notaris bij"
          + " Notariskantoor Verbeek & Van 't Hof. Op het programma: ‘Lezing: Testament en levenstestament’"
          + " (14:30–14:50).",
      "tune25-netwerk.json | werkt marloes de wit bij gemeente zaltbommel | Ja, Marloes de Wit (beleidsadviseur"
          + " armoede en schulden, gemeente Zaltbommel).",
      "tune25-netwerk.json | werkt marloes de wit bij de gemeente tiel | Nee, Marloes de Wit (beleidsadviseur"
          + " armoede en schulden, gemeente Zaltbommel). / Uit de beschrijving van ‘Ervaringsverhaal: elke euro twee"
          + " keer omdraaien’: Ervaringsdeskundige Sandra Bouwman vertelt hoe zij vijf jaar met twee kinderen"
          + " rondkwam van een bijstandsuitkering, en welke hulp wel en niet werkte."})
  @DisplayName("yes or no by the organisation the programme gives")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
