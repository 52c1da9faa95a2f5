package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Where a word the bot does not know stands as a noun")
final class NounPositionTest {
  @ParameterizedTest(name = "word {1} of \"{0}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "is er een workshop over barista          | 5 | true",
      "is er een lab over ms project            | 5 | true",
      "is er een workshop over koffie en barista | 7 | true",
      "is er een lab over de nieuwe tramlijn     | 7 | true",
      "krijg ik het certificaat op papier        | 5 | true",
      "oefenen we met echte patienten            | 4 | false",
      "oefenen we met patienten                  | 3 | true",
      "mogen partners mee                       | 1 | true",
      "kan ik morgen nog stemmen                | 2 | false",
      "ik wil graag koffie en thee              | 5 | false"})
  @DisplayName("after an article or a preposition ('over', 'op') past what may stand between, a possessive, a subject")
  void reads(String question, int word, boolean noun) {
    // given the words of a question; when; then
    assertThat(NounPosition.at(List.of(question.split(" ")), word)).isEqualTo(noun);
  }
}
