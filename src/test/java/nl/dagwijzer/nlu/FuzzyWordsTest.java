package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("FuzzyWords")
final class FuzzyWordsTest {
  private final FuzzyWords fuzzy = new FuzzyWords();

  @ParameterizedTest(name = "\"{0}\" against \"{1}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "lunch      | lunch        | 0",
      "polll      | poll         | 1",
      "quizz      | quiz         | 1",
      "lunsh      | lunch        | 1",
      "kruimles   | kruimels     | 1",
      "zoetermer  | zoetermeer   | 1",
      "bos        | bas          | -1",
      "workshop   | werkplaats   | -1",
      "mantelzorg | mantelzorger | 2",
      "jurie      | jury         | 1",
      "keynoot    | keynote      | 1",
      "kwis       | quiz         | 1",
      "grote      | groot        | -1",
      "ronde      | rond         | -1"})
  @DisplayName("a typo is within the edits its length allows, and letters that differ too much are not")
  void distance(String typed, String expected, int distance) {
    // given two words; when compared; then
    assertThat(fuzzy.distance(typed, expected)).isEqualTo(distance);
  }

  @ParameterizedTest(name = "\"{0}\" against \"{1}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "fim  | film  | true",
      "pan  | plan  | true",
      "ilm  | film  | false",
      "fim  | films | false",
      "wat  | wat   | false",
      "film | films | false"})
  @DisplayName("three letters are one letter short of a four-letter word only with the first letter kept")
  void oneLetterShort(String typed, String expected, boolean shortOfIt) {
    // given two words; when compared; then
    assertThat(FuzzyWords.oneLetterShort(typed, expected)).isEqualTo(shortOfIt);
  }
}
