package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Two ordinals or numbers with one noun after 'tussen', written out per noun")
final class OrdinalPairsTest {
  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "wat zit er tussen de tweede en derde tafelronde    | wat zit er tussen tafelronde 2 en tafelronde 3",
      "wat is er tussen de eerste en de tweede ronde      | wat is er tussen ronde 1 en ronde 2",
      "wat is er tussen de lunch en de borrel             | wat is er tussen de lunch en de borrel",
      "wat is er tussen de tweede en de laatste ronde     | wat is er tussen de tweede en de laatste ronde",
      "zit de pauze tussen agendapunt 5 en 6              | zit de pauze tussen agendapunt 5 en agendapunt 6",
      "is er een koffiepauze tussen ronde 1 en 2          | is er een koffiepauze tussen ronde 1 en ronde 2",
      "wat is er tussen 10 en 11 uur                      | wat is er tussen 10 en 11 uur",
      "wat is er tussen zaal 1 en 2 uur                   | wat is er tussen zaal 1 en 2 uur",
      "wat is er tussen de eerste en tweede pauze         | wat is er tussen de eerste pauze en de tweede pauze"})
  @DisplayName("the noun said once is written for each ordinal or number (with the ordinals where the titles have"
      + " them, 'Eerste pauze'); anything else stays as it was")
  void expands(String question, String expected) {
    // given the tokens of a question
    List<String> tokens = Arrays.asList(question.split(" "));
    // when
    List<String> expanded = OrdinalPairs.expand(tokens, java.util.Set.of("eerste pauze", "tweede pauze"));
    // then
    assertThat(String.join(" ", expanded)).isEqualTo(expected);
  }
}
