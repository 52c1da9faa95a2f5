package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where "activiteiten" is any session, not a word a description happens to use ("welke activiteiten
 * zijn al vol?"), where "waar" asks which sessions still have room, not where the day is, and where a series that only
 * the rooms' names make is counted as those places ("hoeveel velden zijn er?"). Line breaks " / ".
 */
@DisplayName("Activities as any session, room left asked with 'waar', and places counted by their series")
final class ActivitiesAndPlacesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune67-legofestival.json | welke activiteiten zijn al vol | Volgeboekt of uitverkocht: keuze uit "
          + "‘Bouwwedstrijd 4 t/m 7 jaar’ (Lieke Brandsma), in Hal B en ‘Workshop robots bouwen’ (Tom Oosterhuis "
          + "en Fatima El Idrissi), in Robotlab, 10:30–11:30.",
      "tune56-kerkendag.json | welke activiteiten van het torengilde zijn er na de lunch | Na de soep en "
          + "brood in de Vermaning: / • ‘Torenbeklimming Gertrudistoren’ (Femke Doornbos), in Gertrudistoren, "
          + "13:30–14:15 / • ‘Torenbeklimming Gertrudistoren’ (Femke Doornbos), in Gertrudistoren, 15:00–15:45",
      "tune67-legofestival.json | waar is nog plek | Met nog plek: / • ‘Bouwwedstrijd 8 t/m 12 jaar’ (Ruud "
          + "Postma en Noor Jansen), in Hal B, 11:45–13:15 / • ‘Workshop robots bouwen’ (Tom Oosterhuis en Fatima"
          + " El Idrissi), in Robotlab, 13:30–14:30 / • ‘Bouwwedstrijd 13+ en volwassenen’ (Ruud Postma en Lieke "
          + "Brandsma), in Hal B, 14:00–15:30",
      "tune14-beweegdag.json | hoeveel velden zijn er | Er zijn 4 velden: Veld 1, Veld 2, Veld 3 en Veld 4.",
      "tune14-beweegdag.json | hoeveel velden worden er gebruikt voor de activiteiten | Er zijn 4 velden: "
          + "Veld 1, Veld 2, Veld 3 en Veld 4."})
  @DisplayName("list the sessions meant or count the places")
  void replies(String programme, String question, String expected) {
    // given days with full sessions, activities after the lunch and fields numbered 1 to 4, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
