package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A name's particle typed onto the word after it")
final class JoinedParticlesTest {
  private static final Set<String> PAIRS = Set.of("de linde", "van den", "den berg", "huiswerk van", "van avond",
      "de zilveren", "zilveren stemmen", "b 25");
  private static final Set<String> WORDS = Set.of("linde", "berg", "avond", "huiswerk");

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "presentatie delinde hoelaat      | presentatie de linde hoelaat",
      "wanneer spreekt marloes vandenberg | wanneer spreekt marloes van den berg",
      "spreekt petra de wit vanavond    | spreekt petra de wit vanavond",
      "is er een deadline               | is er een deadline",
      "zilverenstemmen tijd             | zilveren stemmen tijd",
      "zilverstemmen tijd               | zilverstemmen tijd",
      "b25 wnr                          | b 25 wnr",
      "f35 wnr                          | f35 wnr"})
  @DisplayName("is split where the programme's names have the two apart, and only there")
  void split(String question, String expected) {
    // given the words of a question and the word pairs of the programme's names
    List<String> tokens = List.of(question.split(" "));
    // when
    List<String> read = JoinedParticles.split(tokens, WORDS, PAIRS);
    // then
    assertThat(String.join(" ", read)).isEqualTo(expected);
  }
}
