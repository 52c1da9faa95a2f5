package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A verb read as the programme's noun")
final class VerbNounsTest {
  private static final Set<String> PROGRAMME = Set.of("dweilpauze", "curlingclinic", "gespreksleider", "registratie",
      "vliegprogramma", "werkgevers", "werken", "binnenplaats");
  private static final Set<String> NAMES = Set.of("dweilpauze", "curlingclinic", "gespreksleider", "registratie",
      "vliegprogramma", "werkgevers", "binnenplaats");
  private static final Set<String> ORDINARY = Set.of("beginnen", "ze", "we", "kan", "ik", "wanneer", "met");

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "wanneer dweilen ze | wanneer dweilpauze ze",
      "kan ik ergens curlen | kan ik ergens curlingclinic",
      "waar moet ik me registreren | waar moet ik me registratie",
      "hoe laat begint het vliegen | hoe laat begint het vliegprogramma",
      "hoe lang duurt het dweilen nog | hoe lang duurt het dweilpauze nog",
      // a plural before its verb, a word the question language knows, and a word the programme has stay
      "hoeveel gesprekken met ze | hoeveel gesprekken met ze",
      "wanneer beginnen we | wanneer beginnen we",
      "waar werken ze | waar werken ze",
      // an ordinary word in "-en" is no verb, though "Binnenplaats" begins with it
      "mag ik naar binnen | mag ik naar binnen",
      "is het binnen | is het binnen"})
  @DisplayName("only where its place says verb and one name's word begins with its stem")
  void reads(String question, String expected) {
    // given the question's words
    List<String> tokens = List.of(question.split(" "));
    // when
    List<String> read = VerbNouns.nouns(tokens, PROGRAMME, NAMES::contains, ORDINARY::contains);
    // then
    assertThat(String.join(" ", read)).isEqualTo(expected);
  }
}
