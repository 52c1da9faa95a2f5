package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "welke workshops zijn er voor groep 7?" on a teachers' day whose texts say "Voor leraren van groep
 * 5 tot en met 8.": the sessions whose range of school years holds the one asked, or that are for all groups, not
 * that the programme has no group 7. Line breaks " / ".
 */
@DisplayName("School years asked of ranges in the texts")
final class SchoolGradesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "tune68-lerarencongres | welke workshops zijn er voor groep 7 | Voor groep 7: / • keuze uit "
          + "‘Leesplezier in de bovenbouw’ (Femke Brouwer), in Zaal 1, ‘Formatief evalueren in de praktijk’ "
          + "(Joost Kamphuis), in Zaal 2 en ‘Rust in de klas’ (Ruben de Graaf), in Zaal 6, 10:50–11:50 / • "
          + "‘Programmeren zonder computer’ (Pieter-Jan Hoekstra), in Zaal 5, 13:00–14:00 / • keuze uit ‘Lezen "
          + "met nieuwkomers’ (Samira El Idrissi), in Zaal 1 en ‘Schrijfonderwijs dat werkt’ (Femke Brouwer), in "
          + "Zaal 3, 14:20–15:20",
      // "groep 1 tot en met 4" and "alle groepen" hold it
      "tune68-lerarencongres | wat is er voor groep 2 | Voor groep 2: / • keuze uit ‘Formatief "
          + "evalueren in de praktijk’ (Joost Kamphuis), in Zaal 2, ‘Rekenen met je handen’ (Anouk Verbeek), in "
          + "Zaal 5 en ‘Rust in de klas’ (Ruben de Graaf), in Zaal 6, 10:50–11:50 / • ‘Rekenen met je handen’ "
          + "(Anouk Verbeek), in Zaal 2, 14:20–15:20",
      "tune68-lerarencongres | is er iets voor groep 8 | Ja, voor groep 8: / • keuze uit ‘Leesplezier "
          + "in de bovenbouw’ (Femke Brouwer), in Zaal 1, ‘Formatief evalueren in de praktijk’ (Joost Kamphuis), "
          + "in Zaal 2 en ‘Rust in de klas’ (Ruben de Graaf), in Zaal 6, 10:50–11:50 / • ‘Programmeren zonder "
          + "computer’ (Pieter-Jan Hoekstra), in Zaal 5, 13:00–14:00 / • keuze uit ‘Lezen met nieuwkomers’ "
          + "(Samira El Idrissi), in Zaal 1 en ‘Schrijfonderwijs dat werkt’ (Femke Brouwer), in Zaal 3, "
          + "14:20–15:20",
      // no range holds it
      "tune68-lerarencongres | wat is er voor groep 9 | groep 9 staat niet in het programma."})
  @DisplayName("are the sessions for that year")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
