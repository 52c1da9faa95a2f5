package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Dutch articles before the name of a break, and the first letter after 'Ja, '")
class DutchTextTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "lunch | de lunch",
      "koffiepauze | de koffiepauze",
      "diner | het diner",
      "juryberaad | het juryberaad",
      "avondeten | het avondeten",
      "vragenuur | het vragenuur",
      "check-in en ontbijt | de check-in en ontbijt",
      "ontbijt en check-in | het ontbijt en check-in",
      "uur | het uur",
      "keten | de keten",
      "ijsje bij de uitgang | het ijsje bij de uitgang",
      "bitterballetje | het bitterballetje",
      "brug | de brug"})
  @DisplayName("a neuter noun, also at the end of a compound, and a diminutive get 'het'; the first word decides")
  void article(String name, String expected) {
    // given a break's name, lower case
    // when
    String said = DutchText.withArticle(name);
    // then
    assertThat(said).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Uit de beschrijving van de dag | uit de beschrijving van de dag",
      "Ellen Vos (EHBO'er en begeleidende ouder) | Ellen Vos (EHBO'er en begeleidende ouder)",
      "Inschrijfgeld: Kidsrun € 4 | inschrijfgeld: Kidsrun € 4",
      "De lunch is van 12:00 tot 12:45 | de lunch is van 12:00 tot 12:45"})
  @DisplayName("a sentence goes on in lower case after 'Ja, ', a person's name keeps its capital")
  void lowerFirst(String text, String expected) {
    // given a reply's text that follows "Ja, ", when
    String said = DutchText.lowerFirst(text);
    // then
    assertThat(said).isEqualTo(expected);
  }
}
