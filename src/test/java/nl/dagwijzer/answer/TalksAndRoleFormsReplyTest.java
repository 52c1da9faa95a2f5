package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where the day's talks are plenaries without the word in their titles: a talk has one speaker or is a
 * keynote, and neither closes the day ("Afsluiting en verloting") nor is a quiz or a show by its title; and a role
 * asked in one word that fits two spellings ("parachutisten": "parachutist" and "parachutiste") is either of them;
 * a musician is asked by the instrument ("wie speelt gitaar?").
 * Line breaks " / ".
 */
@DisplayName("Talks among plenaries, and one role in two spellings")
final class TalksAndRoleFormsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune46-oldtimer.json | welke lezingen zijn er | Op het programma: / • ‘Middagetappe over de Posbank’ (Hans"
          + " ten Hove), 14:00–15:30 / • ‘Van roestbak tot concourswinnaar’ (Peter van 't Zand), in Zaal De Remise,"
          + " 16:45–17:30",
      "tune43-sterrenwacht.json | welke lezingen zijn er | Op het programma: / • ‘Zwarte gaten voor beginners’ (Eva"
          + " de Groot), in Collegezaal, 19:30–20:15 / • ‘Is er leven op Mars?’ (Pieter van Houten), in Collegezaal,"
          + " 20:30–21:15 / • ‘De nieuwste beelden van de James Webb-telescoop’ (Noor ten Hove), in Collegezaal,"
          + " 22:00–22:45",
      "tune43-sterrenwacht.json | wat is de laatste lezing | Op het programma: ‘De nieuwste beelden van de James"
          + " Webb-telescoop’ (Noor ten Hove), in Collegezaal, 22:00–22:45.",
      "tune45-vliegshow.json | welke parachutisten springen er | Bij ‘Parachutesprong met de vlag’ (15:30–15:50)"
          + " spreken Rik Hendriks (parachutist, Paracentrum Heidekamp) en Mila Verbeek (parachutiste, Paracentrum"
          + " Heidekamp). / Bij ‘Meet & greet met de piloten’ (16:30–17:15) spreekt Rik Hendriks (parachutist,"
          + " Paracentrum Heidekamp).",
      // a musician asked by the instrument
      "tune47-wijnoogst.json | wie van Trio Rijnstroom speelt gitaar | Bij ‘Live muziek op het terras’ (14:30–15:30)"
          + " spreekt Daan Smits (gitarist, Trio Rijnstroom)."})
  @DisplayName("list the talks and the holders of either spelling")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
