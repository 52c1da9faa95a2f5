package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A round of a session, the session's word joined to \"ronde\"")
final class SessionRoundsTest {
  private static final Set<String> NAMES = Set.of("proefvaren", "kramen", "vragenronde", "quiz");

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "hoe laat is de tweede proefvaarronde | hoe laat is de tweede ronde proefvaren",
      "bij welke proefvaarrondes is nog plek | bij welke proefvaren is nog plek",
      // a name of its own, a front no name's word has, and a front too short to be one stay
      "wanneer is de vragenronde | wanneer is de vragenronde",
      "wanneer is de gespreksronde | wanneer is de gespreksronde",
      "wanneer is de quizronde | wanneer is de quizronde"})
  @DisplayName("reads the round and the name's word where the front is the stem of one")
  void reads(String question, String expected) {
    // given the question's words
    List<String> tokens = List.of(question.split(" "));
    // when
    List<String> read = SessionRounds.split(tokens, NAMES::contains);
    // then
    assertThat(String.join(" ", read)).isEqualTo(expected);
  }
}
