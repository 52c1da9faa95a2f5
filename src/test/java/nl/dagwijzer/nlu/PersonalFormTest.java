package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Requests about one's own programme against questions worded like them")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class PersonalFormTest {
  private static final Set<Intent> PERSONAL = Set.of(Intent.CHOOSE, Intent.REMIND, Intent.FORGET);
  private Understander understander;
  private Programme programme;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
    programme = Fixtures.store(Fixtures.PROGRAMME).current();
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      "ik ga naar de workshop van Breda                | CHOOSE",
      "zet de workshop van Zoetermeer in mijn programma | CHOOSE",
      "herinner me aan de workshop van Breda           | REMIND",
      "haal de workshop van Breda uit mijn programma   | FORGET"})
  @DisplayName("a statement or command stays a request")
  void requests(String question, Intent intent) {
    // given a trained understander and the real programme
    // when
    Understanding understanding = understander.understand(question, programme);
    // then
    assertThat(understanding.intent()).isEqualTo(intent);
  }

  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "programme.json                               | welke workshops kan ik allemaal voor de lunch volgen",
      "programme.json                               | bij wie meld ik me af als ik ziek ben",
      "programme.json                               | hoe meld ik me af voor de workshop",
      "programme.json                               | ik ga naar de workshop van Breda, wat kan ik daarna nog volgen",
      "programme.json                               | ik ben beleidsadviseur, welke workshop past bij mij",
      "src/test/resources/programmes/tune23-inspraak.json  | waar schrijf ik me in voor een thematafel",
      "src/test/resources/programmes/tune30-gsport.json    | mag mijn hulphond mee naar binnen",
      "src/test/resources/programmes/tune21-hackathon.json | mag een team uit 8 personen bestaan"})
  @DisplayName("a question word or a verb-first question makes it a question about the day, not a request")
  void questions(Path day, String question) {
    // given a trained understander and a programme
    Programme programme = Fixtures.store(day).current();
    // when
    Understanding understanding = understander.understand(question, programme);
    // then
    assertThat(understanding.intent()).isNotIn(PERSONAL);
  }
}
