package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to yes/no questions that a description's sentence shares words with but does not answer: a thing no
 * text has ("mijn auto", "glutenvrije") or a verb the sentence does not have, where it only tells what to do ("Neem je
 * laptop mee" for "kan ik een laptop lenen?"): no yes, but what the programme does say. A sentence that says what may
 * be done answers in its own verb ("Een live demo mag"). Line breaks " / ".
 */
@DisplayName("A yes only from a sentence that says it")
final class UnconfirmedYesNoReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune41-repaircafe.json | kunnen jullie ook mijn auto repareren | Dat staat niet letterlijk in het programma,"
          + " maar dit wel: / Uit de beschrijving van de dag: Neem je kapotte spullen mee en repareer ze samen met onze"
          + " vrijwilligers aan de reparatietafels voor elektronica, fietsen, textiel, meubels en computers.",
      "tune41-hackathon.json | kan ik een laptop lenen | Dat staat niet letterlijk in het programma, maar dit wel: /"
          + " Uit de beschrijving van de dag: Teams bestaan uit 2 tot 5 personen en iedereen neemt een eigen laptop en"
          + " oplader mee.",
      "tune41-muziekschool.json | zijn er glutenvrije broodjes | Dat staat niet letterlijk in het programma, maar dit"
          + " wel: / Uit de beschrijving van de lunchpauze: Broodjes, soep en ranja in de foyer.",
      "tune15-hackathon.json | mogen we een live demo geven | Ja, uit de beschrijving van ‘Pitches van de teams’: Een"
          + " live demo mag, maar telt mee in de drie minuten."})
  @DisplayName("say what the programme says instead of yes")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
