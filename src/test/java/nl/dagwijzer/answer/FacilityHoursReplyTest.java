package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on when a facility the texts mention is open: the sentence that gives its hours, or that the
 * programme does not say, never the day's own hours as if they were the cloakroom's. Line breaks " / ".
 */
@DisplayName("When a cloakroom, bar or car park is open")
final class FacilityHoursReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // the texts say where the cloakroom is, not when it is open
      "tune22-banenmarkt.json | tot hoe laat is de garderobe open | Wanneer de garderobe open is, staat "
          + "niet in het programma. Het programma loopt van 12:30 tot 16:45.",
      "tune27-congresdiner.json | tot hoe laat is het parkeerterrein open | Wanneer het parkeerterrein open"
          + " is, staat niet in het programma. Het programma loopt van 13:00 tot 22:30.",
      "tune31-jubileum.json | tot hoe laat is de bar open | Wanneer de bar open is, staat niet in het "
          + "programma. Het programma loopt van 13:30 tot 19:00.",
      // a sentence gives the cloakroom's hours
      "tune44-benefietgala.json | tot hoe laat is de garderobe open | Uit de beschrijving van de ontvangst "
          + "met bubbels: De garderobe in de hal is gratis en open tot 01:45."})
  @DisplayName("say when a facility is open, or that the programme does not say")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
