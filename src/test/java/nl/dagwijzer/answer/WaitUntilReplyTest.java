package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "hoe lang tot ...?" without "nog", "hoeveel minuten nog tot ...?" and "hoe lang nog tot de laatste
 * ...?": time from the clock to a start, of the one time asked (rows from the misses of the later tuning days).
 */
@DisplayName("How long until a start, in other words")
final class WaitUntilReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0} at {1}: \"{2}\"")
  @CsvSource(delimiter = '|', value = {
      // no "nog", not the demonstration's own length
      "tune56-kerkendag | 14:05 | hoe lang tot de demonstratie klokkenluiden | Nog 25 minuten: om 14:30 begint"
          + " ‘Demonstratie klokkenluiden’ (Kees Bovenkamp).",
      // the last climb, not how long the one that is on still takes
      "tune56-kerkendag | 14:00 | hoe lang heb ik nog tot de laatste torenbeklimming | Nog 60 minuten (1 uur): om"
          + " 15:00 begint ‘Torenbeklimming Gertrudistoren’ (Femke Doornbos).",
      "tune56-podcastfestival | 13:15 | hoeveel minuten nog tot het panel | Nog 15 minuten: om 13:30 begint ‘Panel:"
          + " Verdient podcasten zich terug?’ (Jorien Talsma, Noor Kessels, Youssef Amrani en Sanne Brouwer-Ebbink)."})
  @DisplayName("counts from the clock to that start")
  void reply(String day, String clock, String question, String expected) {
    // given that day, when asked at that time, then the whole reply
    assertThat(replyAt(LocalTime.parse(clock), day + ".json", question)).isEqualTo(expected);
  }
}
