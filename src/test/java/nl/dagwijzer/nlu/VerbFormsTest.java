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
  @ParameterizedTest(name = "\"{0}\" is written {1}")
  @CsvSource(delimiter = '|', value = {
      "kopen | kopen kop kopt koop koopt gekocht",
      "huren | huren hur hurt huur huurt gehurd gehuurd",
      "stemmen | stemmen stem stemt gestemd",
      "gaan | gaan"})
  @DisplayName("an infinitive's forms in a text: itself, its stems, with the ending of the third person, participles")
  void allForms(String infinitive, String expected) {
    // given an infinitive a question ends with
    // when the forms a text may use are made
    List<String> forms = VerbForms.forms(infinitive);
    // then
    assertThat(forms).isEqualTo(Arrays.asList(expected.split(" ")));
  }
}
