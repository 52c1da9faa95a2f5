package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "wat is er voor kinderen?" when only some parts for children say so in their title: every part the
 * programme says is for them, by its name, its summary or a line about whom it is for (rows from the misses of
 * earlier tuning days), while "wat doen de kinderen nu?" stays what the day's groups do now.
 */
@DisplayName("What there is for children")
final class ChildSessionsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // the summary says children fly their kites, the title does not
      "tune62-windpark | welke activiteiten zijn er voor kinderen | Op het programma: / • ‘Vliegers "
          + "bouwen voor kinderen’ (Femke Harkema), in Kindertent, 10:30–11:30 / • ‘Vliegers bouwen voor "
          + "kinderen’ (Femke Harkema), in Kindertent, 13:30–14:30 / • ‘Vliegerfeest: samen oplaten’ (Femke "
          + "Harkema), in Vliegerveld, 15:00–15:30",
      // a line says whom it is for; one that only limits children ("alleen onder begeleiding") does not
      "tune50-imkerdag | welke activiteiten zijn er speciaal voor kinderen | Op het programma: / • "
          + "‘Kinderspeurtocht Zoek de koningin’, in Start bij de informatiebalie, 10:00–16:00 / • ‘Kaarsen "
          + "rollen van bijenwas’ (Anneke Smit), in Kinderhoek onder de luifel, 10:30–12:30 / • ‘Kaarsen rollen "
          + "van bijenwas’ (Anneke Smit), in Kinderhoek onder de luifel, 13:30–16:00",
      // open from four years old
      "tune65-strandopruimdag | wat is er voor kids | Op het programma: / • ‘Strandjutten voor "
          + "kinderen’ (Noor Abbema), in Kindervlag bij strandpaal 22, 10:30–12:00 / • ‘Knutselhoek Jutkunst’ "
          + "(Anouk Tiebosch), in Paviljoen De Zeekraal – serre, 13:30–15:30 / • ‘Strandjutten voor kinderen’ "
          + "(Noor Abbema), in Kindervlag bij strandpaal 22, 14:00–15:30",
      // a family walk, and a talk "ook goed te volgen voor kinderen"
      "tune54-wadlopen | wat is er te doen voor kinderen | Op het programma: / • ‘Briefing Familie-"
          + "wadtocht’ (Aaltje Veenstra), in Grote zaal, 10:45–11:05 / • ‘Familie-wadtocht’ (Aaltje Veenstra en "
          + "Hennie Dijkhuis), in Wadpad achter het bezoekerscentrum, 11:15–13:15 / • ‘Wat leeft er in het wad?’ "
          + "(Bert Zuidema), in Filmzaal, 11:30–12:15 / • ‘Slikzoekers: getijdenpoelen voor kinderen’ (Lieke "
          + "Wiersma), in Kwelderrand bij de uitkijktoren, 12:30–13:30 / • ‘Slikzoekers: getijdenpoelen voor "
          + "kinderen’ (Lieke Wiersma), in Kwelderrand bij de uitkijktoren, 14:00–15:00 / • ‘Wat leeft er in het "
          + "wad?’ (Bert Zuidema), in Filmzaal, 15:00–15:45",
      "tune67-bridgedrive | wat is er allemaal voor kinderen | Op het programma: / • ‘Kaartspelletjes "
          + "voor kinderen’ (Sanne Bosma), in Jeugdhoek, 10:00–11:30 / • ‘Eigen speelkaarten ontwerpen’ (Sanne "
          + "Bosma), in Jeugdhoek, 11:45–13:15 / • ‘Kaartspelletjes voor kinderen’ (Sanne Bosma), in Jeugdhoek, "
          + "14:15–15:45",
      // asked as whether there is something for them, and as a compound ("kinderactiviteit")
      "tune62-windpark | is er iets voor kinderen | Ja, op het programma: / • ‘Vliegers bouwen voor "
          + "kinderen’ (Femke Harkema), in Kindertent, 10:30–11:30 / • ‘Vliegers bouwen voor kinderen’ (Femke "
          + "Harkema), in Kindertent, 13:30–14:30 / • ‘Vliegerfeest: samen oplaten’ (Femke Harkema), in "
          + "Vliegerveld, 15:00–15:30",
      "tune68-literatuurfestival | welke kinderactiviteit duurt het langst | Op het programma: "
          + "‘Tekenworkshop: teken je eigen boekenheld’ (Fenna Brouwer), 90 minuten (1,5 uur), in Tuinzaal, "
          + "10:30–12:00.",
      // the children of the day's groups, not a part for children
      "tune42-schoolreisje | wat doen de kinderen nu | Nu (11:10): / • ‘Groep 3-4: Sprookjesbos en "
          + "draaimolens’ (Marjolein de Haan, Esra Kaya, Sophie van Leeuwen, Mohamed Bouzid en Anouk de Groot), "
          + "in Sprookjesbos, 09:45–12:00 / • ‘Groep 5-6: Piratenbaai en waterbaan’ (Daan van der Wal, Petra "
          + "Mulder, Martijn van 't Zand en Femke Brouwer), in Piratenbaai, 10:00–12:00 / • ‘Groep 7-8: Wilde "
          + "Westen en achtbanen’ (Joris ten Cate, Lieke Bosman, Richard de Vries, Nadia Hamdi en Kevin Jacobs), "
          + "in Wilde Westen, 10:15–12:00"})
  @DisplayName("lists every part for them")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
