package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where the asker uses an everyday word for a thing the programme writes otherwise ("het toetje" for
 * "Nagerecht" or "Dessert en koffie", "de grill" for the barbecue, "het feest" for the dancing). Line breaks " / ".
 */
@DisplayName("Everyday words for the things of a day")
final class EverydayWordsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune34-prijsuitreiking.json | wat is het toetje bij het diner | Bij het diner (18:00–19:15, in Restaurant De"
          + " Kroonluchter): Nagerecht: Apeldoornse appeltaart met slagroom.",
      "tune22-buurtfeest.json | wie staat er achter de grill | Bij de buurtbarbecue (17:00–18:30) spreekt Ahmet Yilmaz"
          + " (grillmeester; coördinator, Buurtvaders Rivierenwijk). / Uit de beschrijving van de buurtbarbecue: De"
          + " Buurtvaders staan achter de barbecue.",
      "tune44-benefietgala.json | wat krijgen we als toetje | Het dessert en koffie (Rutger van Lith), 22:40–23:15, in"
          + " Balzaal: De derde gang, gevolgd door koffie en thee. / Aan bod komen: / • Chocoladetaart met zeezout en"
          + " vanille-ijs. / • Koffie, thee en friandises."})
  @DisplayName("find the thing by the programme's own word")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
