package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a question for the sessions one must register for is read. */
@DisplayName("Which sessions need registering")
final class RegisterListTest {

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '|', value = {
      "voor welke onderdelen moet je je van tevoren aanmelden | true",
      "waarvoor moet je reserveren | true",
      "welke workshops moet ik me voor inschrijven | true",
      "bij welke activiteiten moet je je opgeven | true",
      // where, a yes or no, or no registering at all: not this list
      "op welke website kan ik me aanmelden als vrijwilliger | false",
      "moet ik me aanmelden voor de workshop | false",
      "voor welke onderdelen moet je betalen | false"})
  @DisplayName("reads the list after \"welk(e)\" or \"waarvoor\" with a registering verb")
  void read(String question, boolean expected) {
    // given the question's words, read as a list unless it starts as a yes or no
    List<String> tokens = Arrays.asList(question.split(" "));
    Query query = RegisterList.read(Query.of(tokens.get(0).equals("moet") ? Asked.YESNO : Asked.LIST), tokens);
    // when read, then whether the detail is there
    assertThat(query.hasDetail(RegisterList.LIST)).isEqualTo(expected);
  }
}
