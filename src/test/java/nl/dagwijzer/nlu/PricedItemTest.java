package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the thing whose price is asked is read. */
@DisplayName("The thing a price is asked of")
final class PricedItemTest {

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
      "wat kost een minifiguur op de markt | minifiguur",
      "wat kosten de poffertjes | poffertjes",
      "wat kost het ontbijt | ontbijt",
      // no article, a pronoun or no "wat kost": none
      "wat kost deelname | -",
      "wat kost het | -",
      "hoeveel kost het | -",
      // "hoeveel kost" asks as "wat kost" does; a measure or a short adjective before the thing is not it
      "hoeveel kost een kaartje | kaartje",
      "hoeveel kost een glas wijn bij de afsluiting | wijn",
      "wat kost een verse muntthee | muntthee",
      "wat kost een tweede drankje | tweede"})
  @DisplayName("is the word after \"wat kost\" or \"hoeveel kost\", its article and any measure")
  void item(String question, String expected) {
    // given the question's words, when read
    List<String> tokens = Arrays.asList(question.split(" "));
    // then the thing, if any
    assertThat(PricedItem.of(PricedItem.read(Query.of(Asked.CONTENT), tokens)).orElse("-")).isEqualTo(expected);
  }
}
