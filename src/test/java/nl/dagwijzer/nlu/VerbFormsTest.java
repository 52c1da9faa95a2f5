package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The other forms of a verb a description may use")
final class VerbFormsTest {
  @ParameterizedTest(name = "\"{0}\" may be written \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "inleveren | ingeleverd ingeleveerd",
      "stellen | gesteld",
      "maken | gemakt gemaakt",
      "betalen | betald betaald",
      "reizen | gereisd",
      "stoppen | gestopt",
      "zoekt | zoeken gezocht",
      "meldt | melden gemeld",
      "zoeken | gezocht",
      "gebouwd | ''",
      "wat | ''"})
  @DisplayName("an infinitive gives its participles, a finite form its infinitive and participles, nothing else")
  void forms(String word, String expected) {
    // given a word of a question
    // when its verb forms are made
    List<String> forms = VerbForms.of(word);
    // then
    assertThat(forms).isEqualTo(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" ")));
  }
}
