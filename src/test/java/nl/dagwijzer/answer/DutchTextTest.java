package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Dutch articles before the name of a break")
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
      "keten | de keten"})
  @DisplayName("a neuter noun, also at the end of a compound, gets 'het'; the first word decides")
  void article(String name, String expected) {
    // given a break's name, lower case
    // when
    String said = DutchText.withArticle(name);
    // then
    assertThat(said).isEqualTo(expected);
  }
}
