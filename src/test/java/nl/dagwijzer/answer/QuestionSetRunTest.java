package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("How a question set's fact is found in a reply")
final class QuestionSetRunTest {
  @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "nee, kaarten €14,50, kinderen t/m 12 jaar €9,00. | ja | false",
      "ja, kinderen t/m 12 jaar €9,00. | ja | true",
      "dat staat niet in het programma. | geen | true",
      "neem een neetkam mee. | nee | false",
      "nee, om 15:00 niet. | nee | true",
      "de lunch is van 12:30 tot 13:30. | 12:30 | true"})
  @DisplayName("a yes or a no only as a word of its own, 'niet' and 'geen' for each other, the rest as written")
  void finds(String reply, String fact, boolean expected) {
    // given a reply in lower case, when, then
    assertThat(QuestionSetRun.has(reply, fact)).isEqualTo(expected);
  }
}
