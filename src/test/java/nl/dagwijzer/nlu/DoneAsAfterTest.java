package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Once something is over, read as after it")
final class DoneAsAfterTest {
  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "wat is er als de tweede ronde zeep zieden klaar is | wat is er na de tweede ronde zeep zieden",
      "wat kan ik doen als de lunch afgelopen is | wat kan ik doen na de lunch",
      "als de keuring klaar is wanneer kan ik naar de smid | wanneer kan ik naar de smid na de keuring",
      // not a condition that ends nothing, nor "klaar" of something else
      "wat doe ik als het regent | wat doe ik als het regent",
      "is de soep klaar | is de soep klaar",
      "als de keuring klaar is | na de keuring"})
  @DisplayName("only for a clause with \"als\" that ends in \"klaar is\" or the like")
  void reads(String question, String expected) {
    // given the question's words
    List<String> tokens = List.of(question.split(" "));
    // when
    List<String> read = DoneAsAfter.plain(tokens);
    // then
    assertThat(String.join(" ", read)).isEqualTo(expected);
  }
}
