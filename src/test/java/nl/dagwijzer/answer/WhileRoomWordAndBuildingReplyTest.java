package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to what is on "terwijl mijn kind ... zit/bouwt" (while the session named is on, without the child as
 * a word to find), to a time a description gives for what is in a room named by a word of its numbered name
 * ("radiostudio" of "Radiostudio 1"), to the name of the day's building, and to which food trucks a summary lists.
 * Line breaks " / ".
 */
@DisplayName("While a child is busy, a room's word, the building and the food trucks")
final class WhileRoomWordAndBuildingReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune64-omroepdag.json | hoe laat gaan de deuren van de radiostudio open | Uit de beschrijving"
          + " van ‘Rijnvliet Zaterdag live’: Aanmelden hoeft niet: wie het eerst komt, het eerst maalt. Kom"
          + " op tijd, de deuren gaan open om 10:40.",
      "tune64-omroepdag.json | hoe heet het gebouw waar de open dag is | Open Dag Omroep Rijnvliet: 50"
          + " jaar radio en tv uit de regio is in Mediahuis Rijnvliet, Studioweg 14, 4217 KX Heerdamme.",
      "tune64-puzzelfestival.json | welke foodtrucks staan er | Bij de foodtrucks (11:30–21:30, in"
          + " Buitenplein): Vijf foodtrucks op het buitenplein voor lunch, avondeten en tussendoortjes:"
          + " Pannenkoekenkar Stroopwolk, Frieten van Fleur, Taco Tijd, De Soepbus en IJskar Koud Kunstje. /"
          + " • Bij alle foodtrucks is er een vegetarische keuze; De Soepbus is helemaal vegan. / • Alleen"
          + " pinnen, geen contant geld. / • Er staan overdekte picknicktafels op het buitenplein.",
      "tune62-windpark.json | wat kan ik doen terwijl mijn kind 's ochtends vliegers bouwt | Tijdens"
          + " ‘Vliegers bouwen voor kinderen’: / • ‘Informatiemarkt van de energiecoöperatie’, in"
          + " Marktpaviljoen, 10:15–15:45 / • ‘Bustour naar turbine 4’ (Bas Verhoeff), in Bushalte bij de"
          + " parkeerweide, 10:30–11:30 / • ‘Bustour naar turbine 4’ (Ineke Smits), in Bushalte bij de"
          + " parkeerweide, 11:00–12:00 / • ‘Klimdemonstratie door monteurs’ (Ruud Kampstra en Sanne"
          + " Oldenhuis), in Oefenmast bij turbine 2, 11:15–11:45",
      "tune60-goochelfestival.json | wat kan ik doen terwijl mijn kind in de eerste ronde kaarttrucs"
          + " zit | Tijdens ‘Leer drie kaarttrucs’: / • ‘Goochelmarkt’, in Bovenfoyer, 12:00–17:00 / •"
          + " ‘Close-up goochelen aan tafel’ (Fenna Kooistra en Ruben Achterberg), in Foyer, 13:00–17:30 / •"
          + " ‘Panelgesprek: Hoe word je goochelaar?’ (Kasper Doornbos, Lucia Vermeer, Sanne Drost en"
          + " Marloes Tiebosch), in Kleine zaal, 13:15–14:00"})
  @DisplayName("list what runs beside it, quote the time and name the place")
  void replies(String programme, String question, String expected) {
    // given a programme with a children's session, a numbered studio, a venue and food trucks, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
