package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Spellings a keyboard gives a programme's word")
final class TypedSpellingTest {
  private static final Set<String> PROGRAMME = Set.of("oudendijk", "hoofdprijs", "pony", "s", "yoga", "party");
  private static final Set<String> ORDINARY = Set.of("waar", "zijn", "de", "wat", "is", "hobby");

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "doet bas oudendyk de les | doet bas oudendijk de les",
      "waar zijn de ponys | waar zijn de pony s",
      // a word the programme or the question language has, or whose other spelling neither has, stays
      "wanneer is de yoga | wanneer is de yoga",
      "is er een party | is er een party",
      "wat is de hoofdprys | wat is de hoofdprijs",
      "wat is de prys | wat is de prys",
      "mijn hobbys | mijn hobbys"})
  @DisplayName("only into a word the programme has")
  void reads(String question, String expected) {
    // given the question's words
    List<String> tokens = List.of(question.split(" "));
    // when
    List<String> read = TypedSpelling.programme(tokens, PROGRAMME, ORDINARY::contains);
    // then
    assertThat(String.join(" ", read)).isEqualTo(expected);
  }
}
