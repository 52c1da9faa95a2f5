package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where a word is one session's name and only near another's: "koningsschieten" on a day with both the
 * "Koningsschieten" and the "Koninginneschieten" (alias "koninginschieten") is the first alone; a plural of a series
 * word ("verdiepingssessies") still names the series beside a title with that plural. Line breaks " / ".
 */
@DisplayName("A name spelled wins over a name it is near")
final class SpelledNamesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune69-schuttersfeest.json | hoe lang duurt het nog tot het koningsschieten | Nog 170 minuten (2 uur"
          + " en 50 minuten): om 14:00 begint ‘Koningsschieten’ (Thei Knops en Ger Lemmens).",
      "tune69-schuttersfeest.json | wat begint er tussen de lunch en het koningsschieten | Tussen de lunch "
          + "en ‘Koningsschieten’: / • ‘Vendelzwaaien voor kinderen’ (Sanne Dautzenberg), in Oefenveld, "
          + "13:30–14:15 / • ‘Drumbandwedstrijd klasse C’ (Ingrid Schoenmaekers), in Wedstrijdveld A, 13:30–14:30"
          + " / • ‘Vendelwedstrijd solo’ (Ruud Habets), in Wedstrijdveld B, 13:30–15:00",
      "tune19-regio.json | wanneer beginnen de verdiepingssessies | ‘Verdiepingssessie A: Inkoop jeugdhulp "
          + "2027, wat verandert er?’ (Pieter Bosman en Fatima El Khatib) is van 15:15 tot 16:15, in Trouwzaal. /"
          + " ‘Verdiepingssessie B: Samen met het onderwijs, geen kind thuis’ (Rachid Bouzian en Sabine Hoekstra)"
          + " is van 15:15 tot 16:15, in Commissiekamer. / ‘Terugkoppeling uit de verdiepingssessies’ (Annemiek "
          + "van 't Hoog, Pieter Bosman en Sabine Hoekstra) is van 16:15 tot 16:30, in Raadzaal."})
  @DisplayName("read the name the question spells")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
