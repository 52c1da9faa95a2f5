package nl.dagwijzer.answer;

import java.nio.file.Path;
import java.time.LocalTime;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the tables of whole replies share: the intents trained once per class, and a reply on one of the test
 * programmes at 11:10 with its line breaks written as " / ", so a whole reply fits on one line of a table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WholeReplyTest {
  private static final String PROGRAMMES = "src/test/resources/programmes/";

  private Understander understander;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  /**
   * The reply to the last of {@code questions}, asked one after the other in one conversation on {@code programme}
   * (a file in {@code src/test/resources/programmes/}) at 11:10.
   */
  String replyOn(String programme, String... questions) {
    return replyAt(LocalTime.of(11, 10), programme, questions);
  }

  /** As {@link #replyOn}, asked at {@code time}. */
  String replyAt(LocalTime time, String programme, String... questions) {
    return last(time, programme, questions).text().replace("\n", " / ");
  }

  /** As {@link #replyAt}, on a programme file anywhere (one a test wrote). */
  String replyAt(LocalTime time, Path programme, String... questions) {
    return last(time, programme, questions).text().replace("\n", " / ");
  }

  /**
   * A copy of {@code programme} (a file in {@code src/test/resources/programmes/}) in {@code folder} with {@code from}
   * replaced by {@code to}, for a reply on a day that differs in one sentence.
   */
  Path changedCopy(Path folder, String programme, String from, String to) throws java.io.IOException {
    String text = java.nio.file.Files.readString(Path.of(PROGRAMMES + programme));
    org.assertj.core.api.Assertions.assertThat(text).contains(from);
    return java.nio.file.Files.writeString(folder.resolve(programme), text.replace(from, to));
  }

  /** What the last of {@code questions} was read as asking, after what came before it in the conversation. */
  nl.dagwijzer.nlu.Asked askedOn(String programme, String... questions) {
    return last(LocalTime.of(11, 10), programme, questions).understanding().query().asked();
  }

  private Reply last(LocalTime time, String programme, String... questions) {
    return last(time, Path.of(PROGRAMMES + programme), questions);
  }

  private Reply last(LocalTime time, Path programme, String... questions) {
    Assistant assistant = Fixtures.assistantOn(programme, time, understander);
    Reply reply = null;
    for (String question : questions) {
      reply = assistant.ask("table", question);
    }
    return reply;
  }
}
