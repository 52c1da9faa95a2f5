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
import org.junit.jupiter.api.Test;
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

  @Test
  @DisplayName("the tune set is answered at least 98% right")
  void tuneSet() throws IOException {
    assertAccuracy("divosa-tune.tsv", Fixtures.PROGRAMME, 0.98);
  }

  @Test
  @DisplayName("the held-out set is answered at least 95% right")
  void heldOutSet() throws IOException {
    assertAccuracy("divosa-heldout.tsv", Fixtures.PROGRAMME, 0.95);
  }

  @Test
  @DisplayName("questions about an invented other day are answered at least 95% right")
  void otherDay() throws IOException {
    assertAccuracy("other-day.tsv", Fixtures.OTHER_PROGRAMME, 0.95);
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
