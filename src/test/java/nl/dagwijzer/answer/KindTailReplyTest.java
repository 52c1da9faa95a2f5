package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "wat moet mijn kind meenemen naar de clinic?" on a day whose only clinic is the "Kaatsclinic voor
 * kinderen": a kind of session said on its own is the sessions whose titles hold a compound of it, for the kinds
 * specific enough to say so (clinic, tocht, lezing, quiz, show, race besides the earlier demonstratie and the like),
 * rather than a word the programme does not have (rows from the misses of a tuning day).
 */
@DisplayName("A kind the titles only use in compounds")
final class KindTailReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "tune68-kaatspartij | wat moet mijn kind meenemen naar de clinic | Uit de beschrijving van "
          + "‘Kaatsclinic voor kinderen’: Neem sportschoenen en een petje mee; kaatshandschoenen krijg je te "
          + "leen.",
      "tune68-kaatspartij | wat is er tegelijk met de tweede clinic | Tijdens ‘Kaatsclinic voor "
          + "kinderen’: / • ‘Streekmarkt’ (Gerda Wiersma), in dorpsplein, 10:00–16:00 / • keuze uit ‘Tweede "
          + "omloop heren’ (Jelle Postma), in veld A en ‘Tweede omloop dames’, in veld B, 13:15–14:15 / • "
          + "‘Vragenuur: de spelregels van het kaatsen’ (Jelle Postma), in kantine, 14:15–15:00",
      "tune68-kaatspartij | mag mijn zoontje van 5 meedoen aan de clinic | Nee, uit de beschrijving "
          + "van ‘Kaatsclinic voor kinderen’: Voor kinderen van 6 tot en met 12 jaar."})
  @DisplayName("is the sessions of those titles")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
