package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on where one can eat or drink: every part whose name says food or drink is there (a tea room, a
 * "koek-en-zopie", a bar), not only the one session an alias "eten" names. Line breaks " / ".
 */
@DisplayName("Where to eat or drink")
final class FoodPlacesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // the lunch has the alias "eten"; the tea room is a place to drink too
      "tune51-kasteeldag.json | waar kan ik wat eten of drinken | De theeschenkerij (10:00–17:00) is in "
          + "Oranjerie. / De ridderlunch (12:00–14:00) is in Koetshuis.",
      "tune69-schaatstocht.json | waar kan ik wat eten | De koek-en-zopie bij de molen (09:00–16:00) is in "
          + "Molen De Hoop. / De lunch: snert en broodjes (11:30–13:30) is in Café De Skalle.",
      "tune53-lichtjesroute.json | waar kan ik iets eten of drinken | De chocolademelkkraam (16:45–21:00) "
          + "is in Molenweg, bij kunstwerk 5. / De soepkraam (17:00–20:30) is in Dorpsplein, naast de kerk. / De "
          + "winterbar (18:00–21:30) is in Terras van Café De Zwaan, Brinkweg.",
      "tune48-circusschool.json | waar kan ik wat eten | De snackbar De Hoge Hoed (10:00–16:00) is in "
          + "Kantine. / De lunchpauze (13:00–13:30) is in Kantine."})
  @DisplayName("list the places for food or drink")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
