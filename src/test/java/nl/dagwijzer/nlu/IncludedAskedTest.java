package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a question whether a thing comes with the price is read. */
@DisplayName("Whether a thing is included in the price")
final class IncludedAskedTest {

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
      "zit de lunch bij de prijs in | lunch",
      "zijn de drankjes op de borrel inbegrepen | drankjes",
      "zijn huurschaatsen inbegrepen bij de beginnersles | huurschaatsen",
      "zit de entree ook bij de prijs van de beginnersles | entree",
      // a price, a place, a time: not this question
      "wat kost de lunch | -",
      "zit de lunch in de kantine | -",
      "is de lunch bij de kassa | -"})
  @DisplayName("names the thing after the verb")
  void thing(String question, String expected) {
    // given the question's words, when read
    List<String> tokens = Arrays.asList(question.split(" "));
    Query query = IncludedAsked.read(Query.of(Asked.UNKNOWN), tokens);
    // then the thing asked about, if any
    assertThat(IncludedAsked.thing(query).orElse("-")).isEqualTo(expected);
  }
}
