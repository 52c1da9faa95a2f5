package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("An age said first, then asked about with a pronoun")
final class AgeFirstTest {
  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "mijn zoon is 5 mag hij raket bouwen | mag mijn zoon van 5 raket bouwen",
      "mn dochter is 5 jaar kan ze mee doen met de kinderles | kan mn dochter van 5 jaar mee doen met de kinderles",
      // a question word or two before the modal verb stay in front
      "mijn zoon is 10 waar kan hij allemaal aan meedoen | waar kan mijn zoon van 10 allemaal aan meedoen",
      "mijn dochter is 12 welke workshops kan ze doen | welke workshops kan mijn dochter van 12 doen",
      // not without the pronoun asked about, nor with more words before the modal verb
      "mijn zoon is 5 wat voor workshops kan hij doen | wat voor workshops kan mijn zoon van 5 doen",
      "mijn zoon is 5 en wat voor workshops kan hij doen | mijn zoon is 5 en wat voor workshops kan hij doen",
      "mijn zoon is 5 mag de hond mee | mijn zoon is 5 mag de hond mee",
      "de kinderles is 5 euro mag ik pinnen | de kinderles is 5 euro mag ik pinnen"})
  @DisplayName("reads as the question with the age beside whom it asks about")
  void reads(String question, String expected) {
    // given the question's words
    List<String> tokens = List.of(question.split(" "));
    // when
    List<String> read = AgeFirst.plain(tokens);
    // then
    assertThat(String.join(" ", read)).isEqualTo(expected);
  }
}
