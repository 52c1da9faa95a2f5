package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.TestInstance;

/**
 * The attendee question sets. The tune set is what the intents were tuned on; the held-out set was written apart
 * and never tuned on, so its accuracy is the honest figure; the other day proves nothing is tied to one programme.
 * A question counts as right when the intent is right, every fact is in the reply and no forbidden text is.
 */
@DisplayName("Attendee question sets")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class QuestionSetTest {
  private static final Path QUESTIONS = Path.of("src/test/resources/questions");

  private Understander understander;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  @ParameterizedTest(name = "{0} on {1}: at least {2} right")
  @CsvSource({
      "divosa-tune.tsv,    programme.json,                                0.98",
      "divosa-heldout.tsv, programme.json,                                0.95",
      "divosa-blind.tsv,   programme.json,                                0.95",
      "other-day.tsv,      src/test/resources/programmes/other-day.json,  0.95"})
  @DisplayName("each question set is answered right often enough")
  void questionSet(String file, Path programme, double required) throws IOException {
    assertAccuracy(file, programme, required);
  }

  private void assertAccuracy(String file, Path programme, double required) throws IOException {
    // given
    QuestionSet set = QuestionSet.read(QUESTIONS.resolve(file));
    // when
    List<QuestionSetRun.Outcome> outcomes = QuestionSetRun.run(set, programme, understander);
    // then
    double accuracy = QuestionSetRun.accuracy(outcomes);
    String failures = outcomes.stream().filter(o -> !o.passed()).map(QuestionSetRun.Outcome::describe)
        .collect(Collectors.joining("\n"));
    System.out.printf(Locale.ROOT, "%s: %d questions, accuracy %.1f%%%n%s%n", file, outcomes.size(),
        accuracy * 100, failures);
    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(30);
    assertThat(accuracy).as("accuracy on %s; failures:%n%s", file, failures).isGreaterThanOrEqualTo(required);
  }
}
