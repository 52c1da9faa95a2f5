package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "welke ... hebben meer dan 10 plekken?": the sessions whose description gives a number of places in
 * that range (rows from the misses of the later tuning days).
 */
@DisplayName("Sessions by their number of places")
final class PlacesLimitReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // exactly that many: "Maximaal 8 vrijwilligers per ronde", "Maximaal 8 vrijwilligers"
      "tune55-klusdag | welke klussen hebben maar 8 plekken | Met 8 plekken: / • ‘Klus 6: Scoutinggebouw opknappen’"
          + " (Bas Hendriks), in Scoutinggebouw De Vossenburcht, Bosweg 21, 09:30–16:00 / • ‘Klus 4: Wandelen met"
          + " bewoners’ (Marloes Timmer), in Zorgcentrum Het Hoge Veld, Molenweg 3, 10:00–11:30 / • ‘Klus 4: Wandelen"
          + " met bewoners’ (Marloes Timmer), in Zorgcentrum Het Hoge Veld, Molenweg 3, 14:00–15:30",
      // fewer than, beside a clock time
      "tune54-zangdag | welke workshops om 13:45 hebben minder dan 20 plekken | Om 13:45 met hoogstens 19 plekken:"
          + " keuze uit ‘Bladzingen voor beginners’ (Henk Rozendaal), in Lokaal 2.01 en ‘Pop arrangeren voor koor’"
          + " (Lotte Brink), in Lokaal 2.03, 13:45–14:45.",
      // the words of the limit quote no description beside the list ("Uit de beschrijving van ...: Maximaal 20")
      "tune54-zangdag | welke workshops hebben maximaal 20 deelnemers | Met 20 plekken: / • ‘Ademhaling en steun’"
          + " (Sanne Mulder), in Lokaal 1.04, 11:45–12:45 / • keuze uit ‘Ademhaling en steun’ (Sanne Mulder), in"
          + " Lokaal 1.04 en ‘Stemgezondheid: zorg voor je stem’ (Ineke Vos), in Lokaal 1.06, 13:45–14:45"})
  @DisplayName("lists the sessions with that many places")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
