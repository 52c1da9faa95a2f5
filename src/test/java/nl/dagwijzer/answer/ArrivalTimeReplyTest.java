package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "hoe laat moet ik er zijn?": the time a description sets to be there, of the sessions asked about
 * ("Verzamelen om 08:00 in de eigen klas" of the group's departure), else of the day's first session ("wees er om
 * 07:45"); "voor" after "er zijn" is "for" the session, not before it. Line breaks " / ".
 */
@DisplayName("The time to be there")
final class ArrivalTimeReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune42-gemeenteraad.json | hoe laat moet ik er zijn voor de rondleiding | Uit de beschrijving van ‘Rondleiding"
          + " door het stadhuis’: Verzamelen bij de balie in de centrale hal om 17:55.",
      "tune42-schoolreisje.json | hoe laat moet mijn zoon uit groep 3 op school zijn | Uit de beschrijving van"
          + " ‘Vertrek groep 3-4’: Verzamelen om 08:00 in de eigen klas.",
      "tune42-schoolreisje.json | hoe laat moet groep 7 er zijn | Uit de beschrijving van ‘Vertrek groep 7-8’:"
          + " Verzamelen om 08:30 in de eigen klas.",
      "tune43-teamdag.json | hoe laat moet ik bij kantoor zijn | Uit de beschrijving van ‘Busreis naar De Plashoeve’:"
          + " De bus vertrekt om 08:00 stipt vanaf de parkeerplaats van het kantoor aan de Europalaan 40 in Utrecht;"
          + " wees er om 07:45."})
  @DisplayName("give the time the description sets")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
