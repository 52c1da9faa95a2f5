package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How "welke" after a yes or no is read: the list is asked. */
@DisplayName("\"welke\" after a yes or no")
final class TrailingWhichTest {

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
      "zijn er panels welke | LIST",
      "zijn er keynotes welke | LIST",
      // "welke" first, or not last: what was read stays
      "welke panels zijn er | YESNO",
      "zijn er welke panels | YESNO",
      "welke | YESNO"})
  @DisplayName("asks the list only when it comes last")
  void asked(String question, Asked expected) {
    // given the question's words, read as a yes or no, when read
    List<String> tokens = Arrays.asList(question.split(" "));
    Query query = TrailingWhich.read(Query.of(Asked.YESNO), tokens);
    // then what it asks
    assertThat(query.asked()).isEqualTo(expected);
  }
}
