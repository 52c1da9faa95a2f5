package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a question whether a route passes a place is read. */
@DisplayName("Whether a route passes a place")
final class PassesAskedTest {

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
      "komt de fietstocht langs de noordstar | noordstar",
      "gaat de tuinwandeling langs de japanse tuin | japanse tuin",
      // no route moving, or nothing after "langs": none
      "kan ik na de lunch nog langs de markt | -",
      "komt de wethouder ook langs | -"})
  @DisplayName("reads the place after \"langs\"")
  void place(String question, String expected) {
    // given the question's words, when read
    List<String> tokens = Arrays.asList(question.split(" "));
    // then the place, if any
    assertThat(PassesAsked.place(PassesAsked.read(Query.of(Asked.UNKNOWN), tokens)).orElse("-")).isEqualTo(expected);
  }
}
