package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a question's limit on the number of places is read: the range of places a session must have. */
@DisplayName("A limit on the number of places")
final class PlacesLimitTest {

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
      "bij welke klussen kunnen meer dan 10 mensen meedoen | plekken:11-",
      "welke workshops om 13:45 hebben minder dan 20 plekken | plekken:0-19",
      "welke workshops hebben maximaal 20 deelnemers | plekken:20-20",
      "welke klussen hebben maar 8 plekken | plekken:8-8",
      "bij welke activiteiten mogen maximaal 20 mensen of minder meedoen | plekken:0-20",
      "welke rondleidingen hebben minstens 12 plaatsen | plekken:12-",
      "welke onderdelen hebben een maximum aantal deelnemers | plekken:1-",
      // a price for two, a yes or no, no "welke": no limit read
      "wat kost het voor 2 personen | -",
      "kunnen er meer dan 10 mensen mee met de klus | -",
      "welke workshops zijn er om 10 uur | -"})
  @DisplayName("reads the range after \"welk(e)\" and nothing else")
  void range(String question, String expected) {
    // given the question's words, when read
    List<String> tokens = Arrays.asList(question.split(" "));
    Query query = PlacesLimit.read(Query.of(Asked.LIST), tokens);
    // then the detail it adds, if any
    List<String> places = query.all(Detail.class).stream().map(Detail::word).filter(w -> w.startsWith("plekken:"))
        .toList();
    assertThat(places).isEqualTo(expected.equals("-") ? List.of() : List.of(expected));
  }

  @ParameterizedTest(name = "{0}: [{1}, {2}]")
  @CsvSource({"plekken:11-, 11, 2147483647", "plekken:0-19, 0, 19", "plekken:8-8, 8, 8"})
  @DisplayName("gives the answer side the bounds")
  void bounds(String word, int low, int high) {
    // given a detail, when its bounds are taken, then low and high (none: the largest int)
    assertThat(PlacesLimit.of(new Detail(word))).contains(new PlacesLimit.Places(low, high));
  }
}
