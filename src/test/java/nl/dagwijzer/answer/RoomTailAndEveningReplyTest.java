package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where a room is named by the lettered end of its name ("veld C" of "Sportveld veld C"), and "'s
 * avonds" takes in what starts shortly before six and mostly falls in the evening (a barbecue from 17:30); "in welke
 * plaats" or "in welk dorp" asks the town of the venue, whatever session or room a word of the question names; "wat
 * gebeurt er bij steiger 2?" lists what is on in that room; "terwijl mijn kind bij de kinderspelen is" is during
 * them; "alleen in de middag" is only then, not a description's "alleen". Line breaks " / ".
 */
@DisplayName("A room by its lettered end, the evening's early meal, the town of the venue and 'terwijl'")
final class RoomTailAndEveningReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune43-koningsdag.json | wat is er op veld C | Op het programma: ‘Kinderspelen 10-12 jaar’ (Marloes Jansen), in"
          + " Sportveld veld C, 10:30–12:00.",
      "tune43-koningsdag.json | waar is veld b | ‘Kinderspelen 7-9 jaar’ (Marloes Jansen) (10:30–12:00) is in"
          + " Sportveld veld B.",
      "tune43-teamdag.json | wat is er 's avonds | In de avond: / • de barbecue, in Terras, 17:30–19:30 / • ‘Busreis"
          + " terug naar kantoor’ (Gert-Jan Kramer), in Parkeerplaats De Plashoeve, 19:45–20:45",
      "tune41-muziekschool.json | in welke plaats is de muziekschool | Open Dag Muziekschool De Klankkast is in"
          + " Muziekschool De Klankkast, Lindelaan 14, Amersfoort.",
      "tune43-sterrenwacht.json | in welke plaats ligt de sterrenwacht | Nacht van de Sterrenwacht is in"
          + " Publiekssterrenwacht Hemelpoort, Heideweg 14, Lunteren.",
      "tune43-teamdag.json | wat gebeurt er bij steiger 2 | Op het programma: / • ‘Zeilen (team Rood)’ (Bas van"
          + " Leeuwen), in Steiger 2, 10:00–11:00 / • ‘Zeilen (team Groen)’ (Bas van Leeuwen), in Steiger 2,"
          + " 11:15–12:15 / • ‘Zeilen (team Geel)’ (Bas van Leeuwen), in Steiger 2, 13:15–14:15 / • ‘Zeilen (team"
          + " Blauw)’ (Bas van Leeuwen), in Steiger 2, 14:30–15:30",
      "tune43-koningsdag.json | wat kan ik doen terwijl mijn kind bij de kinderspelen is | Tijdens het blok"
          + " 10:30–12:00: ‘Vrijmarkt’ (Gerrit Smit), in Dorpsplein, 07:00–13:00.",
      "tune42-tuinendag.json | welke tuinen zijn alleen in de middag open | In de middag: / • ‘Natuurtuin De Wilde"
          + " Hoek’ (Kees de Wit), in Beekpad 2, 12:00–16:00 / • ‘Tuin Ten Brink’ (Annelies ten Brink), in Molenpad 7,"
          + " 13:00–17:00"})
  @DisplayName("find the room and the evening")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
