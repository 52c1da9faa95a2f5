package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "komt de 25 km langs bosbad?": no when the route's texts do not name the place, with the other
 * route or sentence that does (rows from the misses of the later tuning days).
 */
@DisplayName("Whether a route passes a place")
final class PassesByReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // the route that does pass it
      "tune54-mountainbikedag | komt de 25 km langs bosbad | Nee, de beschrijving van ‘25 km Familieroute’ (in"
          + " Startboog) noemt ‘bosbad’ niet; wel uit de beschrijving van ‘60 km Heuvelroute’: Verzorgingsposten: De"
          + " Schaapskooi (km 22) en Bosbad (km 41).",
      // a sentence about the routes, before where the mill is
      "tune48-molendag | komt de fietstocht langs de noordstar | Nee, de beschrijving van ‘Molenfietstocht met gids’"
          + " (in Start en finish: Korenmolen De Hoop, Molenweg 12, Zuidhorn) noemt ‘noordstar’ niet; wel uit de"
          + " beschrijving van ‘Oliemolen De Noordstar open’: De Noordstar ligt niet aan de route van de"
          + " fietstochten.",
      // a place of its own, elsewhere
      "tune42-tuinendag | gaat de tuinwandeling langs de japanse tuin | Nee, de beschrijving van ‘Tuinwandeling met de"
          + " hovenier’ (in Dorpshuis De Pompe, Hoogstraat 12) noemt ‘japanse tuin’ niet; ‘Japanse tuin Van 't Hoog’"
          + " (Marco van 't Hoog) is van 10:00 tot 13:00, in Achterste Hoef 15."})
  @DisplayName("says so")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
