package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on a day of places open at their own hours (eight gardens): "om 10:00 al open" is every one open then,
 * also one that opened earlier; "tot 17:00 open" is those still open then, not those before it; "open?" and
 * "openingstijden" after a name ask when it is open. Line breaks " / ".
 */
@DisplayName("Opening hours, and who opens")
final class OpeningHoursReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune42-tuinendag.json | welke tuinen zijn om 10:00 al open | Om 10:00: / • ‘Moestuin De Groene Duim’ (Fatima"
          + " el Amrani), in Heuvelweg 22, 09:30–15:00 / • ‘Japanse tuin Van 't Hoog’ (Marco van 't Hoog), in"
          + " Achterste Hoef 15, 10:00–13:00 / • ‘Schooltuin De Vlinder’ (Ineke van Dijk), in Schoolstraat 9,"
          + " 10:00–14:00 / • ‘Tuin Van der Heijden’ (Henk van der Heijden), in Kerkstraat 4, 10:00–16:00 / •"
          + " ‘Pastorietuin Sint-Victor’ (Gerda Verhoeven), in Kerkstraat 1, 10:00–17:00",
      "tune42-tuinendag.json | welke tuinen zijn tot 17:00 open | Open tot 17:00: / • ‘Pastorietuin Sint-Victor’"
          + " (Gerda Verhoeven), in Kerkstraat 1, 10:00–17:00 / • ‘Pluktuin De Bloeiende Akker’ (Joost Smulders), in"
          + " Veldweg 3, 11:00–17:00 / • ‘Tuin Ten Brink’ (Annelies ten Brink), in Molenpad 7, 13:00–17:00",
      "tune42-tuinendag.json | tuin tenbrink open? | ‘Tuin Ten Brink’ (Annelies ten Brink) is van 13:00 tot 17:00, in"
          + " Molenpad 7.",
      "tune42-tuinendag.json | natuurtuin openingstijden | ‘Natuurtuin De Wilde Hoek’ (Kees de Wit) is van 12:00 tot"
          + " 16:00, in Beekpad 2.",
      // the mayor's opening after a tour and a market: who opens the evening
      "tune42-gemeenteraad.json | wie opent de avond | Bij ‘Opening door de burgemeester’ (19:15–19:25) spreekt"
          + " Hanneke van der Linden (burgemeester en voorzitter van de raad, gemeente Zuiderwaard)."})
  @DisplayName("read when places are open")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
