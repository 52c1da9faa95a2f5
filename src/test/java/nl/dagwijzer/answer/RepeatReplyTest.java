package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A day of three workshop rounds where two workshops are given twice: which, how many, and is this one. */
@DisplayName("Replies about workshops given more than once")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class RepeatReplyTest {
  private static final Path DAY = Path.of("src/test/resources/programmes/tune5-armoede.json");
  private static final String TWICE = " / • ‘Vroegsignalering van schulden: samen sneller erbij’ (Jeroen Boersma):"
      + " 10:45–11:45 en 14:15–15:15, in Zaal Valkhof / • ‘Praten over geld met jongeren’ (Samira el Amrani):"
      + " 10:45–11:45 en 12:00–13:00, in Zaal Lindenberg";

  private Understander understander;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "welke workshops worden er twee keer gegeven | 2 keer op het programma:" + TWICE,
      "hoeveel workshops worden twee keer gegeven  | 2 workshops staan 2 keer op het programma:" + TWICE,
      "wordt de workshop over vroegsignalering twee keer gegeven | Ja, 2 keer: ‘Vroegsignalering van schulden:"
          + " samen sneller erbij’ (10:45–11:45) en ‘Vroegsignalering van schulden: samen sneller erbij’"
          + " (14:15–15:15)."})
  @DisplayName("each title once, with all its times")
  void byTitle(String question, String expected) {
    // given the day
    Assistant assistant = Fixtures.assistantOn(DAY, LocalTime.of(11, 10), understander);
    // when
    Reply reply = assistant.ask("repeat", question);
    // then
    assertThat(reply.text().replace("\n", " / ")).isEqualTo(expected);
  }
}
