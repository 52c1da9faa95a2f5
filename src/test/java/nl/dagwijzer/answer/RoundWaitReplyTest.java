package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a wait for a round ("hoe lang nog tot de tweede ronde begint?": to that round's start, not what is
 * on), to a round of one session ("de tweede proefvaarronde": its second time) and to when a room the programme has
 * is used again ("wanneer is er weer iets in de slingerschuur?": "weer" is "again", no question about the weather).
 * Line breaks " / ".
 */
@DisplayName("A wait for a round, a round of a session, and a room's times asked again")
final class RoundWaitReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "at {1}: \"{2}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune61-schrijfdag.json | 13:10 | hoe lang nog tot de tweede ronde begint | Nog 20 minuten: om 13:30 beginnen"
          + " ‘Samen een prentenboek maken’ (Lotte Brinkhorst), ‘Poëzie: dichten met je zintuigen’ (Ravi Doornbosch),"
          + " ‘Kort verhaal: begin in het midden’ (Mireille Tjoa), ‘Memoir: schrijf je eigen leven’ (Gerrit"
          + " Oudenhoven) en ‘Manuscriptspreekuur’ (Selma Brandsma).",
      // a round of a session given four times, its word joined to "ronde"
      "tune61-zeilschool.json | 09:00 | hoe laat is de tweede proefvaarronde | ‘Proefvaren in een Valk’ (Jelle"
          + " Hoekstra) is van 11:30 tot 12:15, in Steiger A.",
      "tune61-zeilschool.json | 09:00 | bij welke proefvaarrondes is nog plek | Met nog plek: / • ‘Proefvaren in een"
          + " Valk’ (Jelle Hoekstra), in Steiger A, 13:30–14:15 / • ‘Proefvaren in een Valk’ (Jelle Hoekstra), in"
          + " Steiger A, 14:30–15:15",
      "tune50-imkerdag.json | 12:10 | wanneer is er weer iets in de slingerschuur | ‘Demonstratie honing slingeren’"
          + " (Wim Bakker), in Slingerschuur: 11:00–11:45 en 14:00–14:45."})
  @DisplayName("answer from the round's start and the room's sessions")
  void answers(String programme, String clock, String question, String expected) {
    // given the programme at that time, when
    String reply = replyAt(LocalTime.parse(clock), programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
