package nl.dagwijzer.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.dagwijzer.answer.QuestionSet;
import nl.dagwijzer.answer.QuestionSetRun;
import nl.dagwijzer.answer.Reply;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code questions/personal.tsv}: free text that puts sessions in one's programme, asks to be reminded and takes
 * them out, asked in order by one user (what a line chooses is in the programme of the next), with questions about
 * the day in between that must stay questions. Every line must be right: the intent, every fact in the reply, no
 * forbidden text.
 */
@DisplayName("Personal question set: choose, remind and forget in free text")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class PersonalQuestionSetTest {
  private static final Path FILE = Path.of("src/test/resources/questions/personal.tsv");
  private static final String USER = "1001";

  private PersonalDay day;
  private PersonalAssistant assistant;
  private int conversation;

  @BeforeAll
  void setUp(@TempDir Path dir) throws Exception {
    day = new PersonalDay(dir);
    PersonalRequests requests = new PersonalRequests(day.choices, day.state.settings(), 10);
    assistant = new PersonalAssistant(Fixtures.assistant(day.store, Fixtures.understander(), day.clock), requests,
        Optional.of(new UnansweredQuestions(day.state.unanswered(), day.store, day.clock)));
  }

  @AfterAll
  void tearDown() {
    day.close();
  }

  Stream<QuestionSet.Question> questions() throws Exception {
    List<QuestionSet.Question> questions = QuestionSet.read(FILE).questions();
    assertThat(questions).hasSizeGreaterThanOrEqualTo(25);
    return questions.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  @DisplayName("each line, asked in order, gets the right intent and facts")
  void question(QuestionSet.Question question) {
    // given
    if (!question.followUp()) {
      conversation++;
    }
    day.at(question.clock().orElse(LocalTime.of(10, 30)).toString());

    // when
    Reply reply = assistant.ask(USER, "personal-" + conversation, question.text());

    // then
    assertThat(QuestionSetRun.problems(question, reply)).as("%s%n    reply: %s", question, reply.text())
        .isEmpty();
  }
}
