package nl.dagwijzer.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import nl.dagwijzer.store.UnansweredLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Unanswered questions: normalised text and counts, no user ids, kept 14 days")
final class UnansweredQuestionsTest {
  @TempDir
  Path dir;
  private PersonalDay day;
  private UnansweredQuestions questions;

  @BeforeEach
  void setUp() throws Exception {
    day = new PersonalDay(dir);
    questions = new UnansweredQuestions(day.state.unanswered(), day.store, day.clock);
  }

  @AfterEach
  void tearDown() {
    day.close();
  }

  @Test
  @DisplayName("the same question written differently counts as one; mentions and ids are left out")
  void normalised() throws Exception {
    // when
    questions.record("Wat is het WiFi-wachtwoord?");
    day.at("11:42");
    questions.record("wat is het wifi wachtwoord");
    questions.record("<@123456789012345678> waar is de garderobe? 123456789012345678");
    questions.record("?!");

    // then
    assertThat(questions.top(20)).extracting(q -> q.count() + " " + q.text()).containsExactly(
        "2 wat is het wifi wachtwoord", "1 waar is de garderobe");
    assertThat(questions.top(20).get(0).lastAsked()).isEqualTo(day.clock.instant());
  }

  @Test
  @DisplayName("questions older than 14 days are no longer listed and are forgotten")
  void expiry() throws Exception {
    // given
    questions.record("is er wifi");
    day.clock.advance(Duration.ofDays(13));
    questions.record("waar kan ik parkeren");

    // when
    var within = questions.top(20);
    day.clock.advance(Duration.ofDays(1));
    var after = questions.top(20);
    questions.forgetOld();

    // then
    assertThat(within).extracting(UnansweredLog.Question::text).containsExactly("waar kan ik parkeren",
        "is er wifi");
    assertThat(after).extracting(UnansweredLog.Question::text).containsExactly("waar kan ik parkeren");
    assertThat(day.state.unanswered().top(PersonalDay.DAY.minusDays(1), 20)).hasSize(1);
  }

  @Test
  @DisplayName("clearing forgets everything and says how many questions there were")
  void clear() throws Exception {
    // given
    questions.record("is er wifi");
    questions.record("waar kan ik parkeren");

    // when
    int cleared = questions.clear();

    // then
    assertThat(cleared).isEqualTo(2);
    assertThat(questions.top(20)).isEmpty();
  }
}
