package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A question typed without spaces")
final class JoinedWordsTest {
  private static final Set<String> PROGRAMME = Set.of("optocht", "lunch", "zelf", "volgen");

  @ParameterizedTest(name = "\"{0}\" is read as \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "watisernu | wat is er nu",
      "hoelaatisdeoptocht | hoe laat is de optocht",
      "wanneerislunch | wanneer is lunch",
      // a compound of the language, or one with no question word in it, stays as typed
      "dezelfde | dezelfde",
      "volgende | volgende",
      "wanneer | wanneer"})
  @DisplayName("splits into question words and at most one word of the programme")
  void splits(String typed, String read) {
    // given a programme with a few words and "volgende" as a word of the question language, when
    List<String> words = JoinedWords.split(List.of(typed), PROGRAMME, "volgende"::equals);
    // then
    assertThat(String.join(" ", words)).isEqualTo(read);
  }
}
