package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Between the two times of one session")
final class BetweenTimesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "wat is er tussen de eerste en de tweede keer plukken|wat is er tussen de twee plukken",
      "wat is er tussen de twee keer plukken|wat is er tussen de twee plukken",
      "wat is er tussen de lunch en de borrel|wat is er tussen de lunch en de borrel",
      "twee keer koffie tussen de sessies|twee keer koffie tussen de sessies"})
  @DisplayName("reads 'tussen de twee keer X' as between the two X, and leaves any other 'tussen' and 'keer'")
  void plain(String question, String read) {
    // given the question's words
    List<String> tokens = List.of(question.split(" "));
    // when
    List<String> plain = BetweenTimes.plain(tokens);
    // then
    assertThat(String.join(" ", plain)).isEqualTo(read);
  }
}
