package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Slips in words of the programme's texts")
final class ProgrammeSlipsTest {
  @ParameterizedTest(name = "\"{0}\" for \"{1}\": {2}")
  @CsvSource({
      "pieano,    piano,      true",
      "postermrkt, postermarkt, true",
      "kraampej,  kraampje,   true",
      "kraamjpe,  kraampje,   true",
      "roken,     koken,      false",
      "dochter,   dichter,    false",
      "inwoner,   inwoners,   false",
      "levert,    lever,      false",
      "piano,     piano,      false"})
  @DisplayName("a letter too many or too few inside the word, or two neighbours swapped; not another letter or an ending")
  void slips(String typed, String word, boolean slip) {
    // given a word typed and a word of the programme's texts
    // when
    boolean read = ProgrammeSlips.slip(typed, word);
    // then
    assertThat(read).isEqualTo(slip);
  }
}
