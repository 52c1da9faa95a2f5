package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where the question names a series by the last part of its compound word: "de tafels" of five
 * "Reparatietafel ..." sessions are all of them, not the one whose description says "de tafel". Line breaks " / ".
 */
@DisplayName("A series named by the last part of its word")
final class SeriesHeadReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune41-repaircafe.json | welke tafels beginnen om 10:00 | Om 10:00: / • ‘Reparatietafel computers en"
          + " telefoons’ (Ilse Verbruggen), in Bovenzaal, 10:00–12:30 / • ‘Reparatietafel fietsen’ (Ricardo Pinas), in"
          + " Buitenterrein, 10:00–13:00 / • ‘Reparatietafel elektronica’ (Henk de Laat en Kees Maas), in Zaal De"
          + " Kapel, 10:00–16:00",
      "tune13-excursie.json | in welke zaal is de opening | ‘Opening en inleiding: werk en participatie in"
          + " Amersfoort’ (Annelies van 't Hof en Noor Hendriks) (09:15–09:45) is in Raadzaal, stadhuis."})
  @DisplayName("take every session of the series, never a room word")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
