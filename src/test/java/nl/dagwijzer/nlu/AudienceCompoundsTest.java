package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A thing and its audience said apart, joined as the programme's compound")
final class AudienceCompoundsTest {
  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "is er ook een optocht voor kinderen     | is er ook een kinderoptocht",
      "is er een quiz voor de jongeren         | is er een jeugdquiz",
      "is er een workshop voor kinderen        | is er een workshop voor kinderen",
      "is er een optocht voor ouders           | is er een optocht voor ouders"})
  @DisplayName("given the programme's words, when a compound of audience and thing is one, then they are joined;"
      + " else the question stays as it was")
  void joins(String question, String expected) {
    // given the programme's words
    Set<String> words = Set.of("kinderoptocht", "jeugdquiz", "workshop", "optocht");
    // when
    String joined = String.join(" ", AudienceCompounds.join(Arrays.asList(question.split(" ")), words));
    // then
    assertThat(joined).isEqualTo(expected);
  }
}
