package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a price asked for a number of one thing is read. */
@DisplayName("A price for a number of things")
final class PriceTimesTest {

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
      "wat kosten 4 bakjes kibbeling | 4",
      "hoeveel betaal ik als mijn twee kinderen meedoen | 2",
      // an age, a second number, a time, hours or one thing: none
      "wat kost de rondvaart voor 2 volwassenen en kinderen van 5 en 9 jaar | -",
      "wat kost de rondvaart voor 2 volwassenen en 3 kinderen | -",
      "wat kost het om 10 uur | -",
      "wat kost het voor mijn kind van 9 | -",
      "wat kost 1 kaartje | -",
      "wie komen er met 4 mensen | -"})
  @DisplayName("is the one number that counts a thing")
  void times(String question, String expected) {
    // given the question's words, when read
    List<String> tokens = Arrays.asList(question.split(" "));
    // then the number, if any
    assertThat(PriceTimes.times(PriceTimes.read(Query.of(Asked.CONTENT), tokens)).map(String::valueOf).orElse("-"))
        .isEqualTo(expected);
  }
}
