package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A question's word in a sentence's own forms")
final class LooseWordsTest {
  @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "een huurinstrument kost 17,50 euro | huren | true",
      "de reparatie is gratis | repareren | true",
      "de huren stijgen | huren | true",
      "een kamer kost 480 euro | studentenkamer | true",
      "een kaart kost 5 euro | studentenkamer | false",
      "een uurtje kost 5 euro | huren | false",
      "de informatie is gratis | reserveren | false"})
  @DisplayName("finds a verb's stem, an -eren verb's noun and a compound's last part, nothing else")
  void finds(String sentence, String word, boolean expected) {
    // given a normalised sentence, when
    boolean found = LooseWords.has(sentence, word) || LooseWords.head(sentence, word).isPresent();
    // then
    assertThat(found).isEqualTo(expected);
  }
}
