package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Vocabulary")
final class VocabularyTest {
  private final Vocabulary vocabulary = new Vocabulary(List.of("spreekt", "spreekt", "spreek", "wanneer",
      "workshop", "workshops", "lunch", "lunch", "munch", "punch", "programma", "hallo"), new FuzzyWords());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "spreekt    | spreekt  | a known word stays",
      "sprekt     | spreekt  | one letter short: the more frequent of two at distance 1",
      "wanner     | wanneer  | one letter short",
      "workshopz  | workshop | equally close to workshop and workshops, equally frequent: the first alphabetically",
      "lunsh      | lunch    | one letter off",
      "xunch      | lunch    | equally close to lunch, munch and punch: lunch occurs most",
      "porgramma  | programma | two edits in a nine-letter word",
      "hal        | hal      | three letters are never corrected",
      "zoetermeer | zoetermeer | nothing near: the word stays"})
  @DisplayName("corrects a typo to the closest known word, the most frequent of equally close ones")
  void corrects(String typed, String expected, String why) {
    // given the vocabulary above
    // when
    String corrected = vocabulary.correct(typed);
    // then
    assertThat(corrected).as(why).isEqualTo(expected);
  }
}
