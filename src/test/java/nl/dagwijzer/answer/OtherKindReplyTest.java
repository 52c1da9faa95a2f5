package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "is er een lezing over drones?" when only a session of another kind names the thing (the plane
 * spotters' terrace: "Drones zijn ... verboden"): no such lecture, with the line that does name it. Line breaks " / ".
 */
@DisplayName("A kind asked about a thing only another kind names")
final class OtherKindReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune58-luchthavendag.json | is er een lezing over drones | Nee, een lezing over drones staat niet in het"
          + " programma. Wel: bij ‘Spottersterras’ (09:30–17:00, in Spottersterras (Oostpier)): Drones zijn op het"
          + " hele luchthaventerrein verboden.",
      "tune58-luchthavendag.json | zijn er lezingen over drones | Nee, lezingen over drones staan niet in het"
          + " programma. Wel: bij ‘Spottersterras’ (09:30–17:00, in Spottersterras (Oostpier)): Drones zijn op het"
          + " hele luchthaventerrein verboden."})
  @DisplayName("say no, and where the thing is named")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
