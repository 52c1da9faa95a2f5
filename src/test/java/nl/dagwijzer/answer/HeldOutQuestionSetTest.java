package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The held-out question sets: written by someone who saw neither the intents nor the code, over programmes of
 * other shapes (and one programme used by nothing else), and never used for tuning. To keep them that way this
 * test prints only figures per set and per slice, never which questions failed.
 */
@DisplayName("Attendee question sets (held out)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class HeldOutQuestionSetTest {
  private static final Path HELD_OUT = QuestionSetTest.QUESTIONS.resolve("heldout");
  private static final Path PROGRAMMES = Path.of("src/test/resources/programmes");
  /**
   * A guard against a change that makes days the bot has never seen worse: two to three points under the last
   * measured figure (93.4%, 91.7%, 82.5%, 81.2%, 85.6%, 88.1%, 87.0% and 83.5%; part 8 was 83.7% on its first
   * run), so the sets still fail a build without being tuned on. The target (95%) is not met.
   */
  private static final double FLOOR_1 = 0.91;
  private static final double FLOOR_2 = 0.88;
  private static final double FLOOR_3 = 0.80;
  private static final double FLOOR_4 = 0.79;
  private static final double FLOOR_5 = 0.82;
  private static final double FLOOR_6 = 0.85;
  private static final double FLOOR_7 = 0.84;
  private static final double FLOOR_8 = 0.81;

  private Understander understander;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  @Test
  @DisplayName("held-out set 1 (379 questions) does not fall below its level when last measured (93.4%)")
  void heldOut() throws IOException {
    // given every held-out set with the programme it was written for
    List<QuestionSetRun.Outcome> all = run(HELD_OUT, List.of(
        new String[] {"heldout-divosa.tsv", "programme.json"},
        new String[] {"heldout-congress.tsv", PROGRAMMES.resolve("congress.json").toString()},
        new String[] {"heldout-online.tsv", PROGRAMMES.resolve("online.json").toString()},
        new String[] {"heldout-regional.tsv", PROGRAMMES.resolve("regional.json").toString()},
        new String[] {"heldout-dated.tsv", PROGRAMMES.resolve("dated.json").toString()},
        new String[] {"heldout-day.tsv", PROGRAMMES.resolve("heldout-day.json").toString()}));
    // then
    report("held out 1", all);
    assertThat(all).hasSizeGreaterThanOrEqualTo(250);
    assertThat(QuestionSetRun.accuracy(all)).isGreaterThanOrEqualTo(FLOOR_1);
  }

  @Test
  @DisplayName("held-out set 2 (650 questions) does not fall below its level when last measured (90.9%)")
  void heldOut2() throws IOException {
    // given every set of the second held-out part with the programme it was written for
    Path folder = QuestionSetTest.QUESTIONS.resolve("heldout2");
    List<QuestionSetRun.Outcome> all = run(folder, List.of(
        new String[] {"heldout2-divosa.tsv", "programme.json"},
        new String[] {"heldout2-congress.tsv", PROGRAMMES.resolve("congress.json").toString()},
        new String[] {"heldout2-online.tsv", PROGRAMMES.resolve("online.json").toString()},
        new String[] {"heldout2-regional.tsv", PROGRAMMES.resolve("regional.json").toString()},
        new String[] {"heldout2-dated.tsv", PROGRAMMES.resolve("dated.json").toString()},
        new String[] {"heldout2-symposium.tsv", PROGRAMMES.resolve("symposium.json").toString()},
        new String[] {"heldout2-webinar.tsv", PROGRAMMES.resolve("webinar-series.json").toString()}));
    // then
    report("held out 2", all);
    assertThat(all).hasSizeGreaterThanOrEqualTo(600);
    assertThat(QuestionSetRun.accuracy(all)).isGreaterThanOrEqualTo(FLOOR_2);
  }

  @Test
  @DisplayName("held-out set 3 (514 questions, three days of new shapes) does not fall below its level (82.5%)")
  void heldOut3() throws IOException {
    // given every set of the third held-out part with the programme it was written for
    Path folder = QuestionSetTest.QUESTIONS.resolve("heldout3");
    List<QuestionSetRun.Outcome> all = run(folder, List.of(
        new String[] {"heldout3-jeugdconferentie.tsv", PROGRAMMES.resolve("heldout3-jeugdconferentie.json").toString()},
        new String[] {"heldout3-netwerkontbijt.tsv", PROGRAMMES.resolve("heldout3-netwerkontbijt.json").toString()},
        new String[] {"heldout3-trainingsdag.tsv", PROGRAMMES.resolve("heldout3-trainingsdag.json").toString()}));
    // then
    report("held out 3", all);
    assertThat(all).hasSizeGreaterThanOrEqualTo(500);
    assertThat(QuestionSetRun.accuracy(all)).isGreaterThanOrEqualTo(FLOOR_3);
  }

  @Test
  @DisplayName("held-out set 4 (542 questions, written blind) does not fall below its level (81.2%)")
  void heldOut4() throws IOException {
    // given every set of the fourth held-out part with the programme it was written for
    Path folder = QuestionSetTest.QUESTIONS.resolve("heldout4");
    List<QuestionSetRun.Outcome> all = run(folder, List.of(
        new String[] {"heldout4-wijkcongres.tsv", PROGRAMMES.resolve("heldout4-wijkcongres.json").toString()},
        new String[] {"heldout4-raadsavond.tsv", PROGRAMMES.resolve("heldout4-raadsavond.json").toString()},
        new String[] {"heldout4-masterclass.tsv", PROGRAMMES.resolve("heldout4-masterclass.json").toString()}));
    // then
    report("held out 4", all);
    assertThat(all).hasSizeGreaterThanOrEqualTo(500);
    assertThat(QuestionSetRun.accuracy(all)).isGreaterThanOrEqualTo(FLOOR_4);
  }

  @Test
  @DisplayName("held-out set 5 (526 questions, written blind) does not fall below its level (84.8%)")
  void heldOut5() throws IOException {
    // given every set of the fifth held-out part with the programme it was written for
    Path folder = QuestionSetTest.QUESTIONS.resolve("heldout5");
    List<QuestionSetRun.Outcome> all = run(folder, List.of(
        new String[] {"heldout5-ouderen.tsv", PROGRAMMES.resolve("heldout5-ouderen.json").toString()},
        new String[] {"heldout5-holtenbroek.tsv", PROGRAMMES.resolve("heldout5-holtenbroek.json").toString()},
        new String[] {"heldout5-lunchwebinar.tsv", PROGRAMMES.resolve("heldout5-lunchwebinar.json").toString()}));
    // then
    report("held out 5", all);
    assertThat(all).hasSizeGreaterThanOrEqualTo(500);
    assertThat(QuestionSetRun.accuracy(all)).isGreaterThanOrEqualTo(FLOOR_5);
  }

  @Test
  @DisplayName("held-out set 6 (504 questions, written blind, first run 87.5%) does not fall below it")
  void heldOut6() throws IOException {
    // given every set of the sixth held-out part with the programme it was written for
    Path folder = QuestionSetTest.QUESTIONS.resolve("heldout6");
    List<QuestionSetRun.Outcome> all = run(folder, List.of(
        new String[] {"heldout6-praktijkdag.tsv", PROGRAMMES.resolve("heldout6-praktijkdag.json").toString()},
        new String[] {"heldout6-wmo-webinar.tsv", PROGRAMMES.resolve("heldout6-wmo-webinar.json").toString()},
        new String[] {"heldout6-vrijwilligersdag.tsv", PROGRAMMES.resolve("heldout6-vrijwilligersdag.json").toString()}));
    // then
    report("held out 6", all);
    assertThat(all).hasSizeGreaterThanOrEqualTo(500);
    assertThat(QuestionSetRun.accuracy(all)).isGreaterThanOrEqualTo(FLOOR_6);
  }

  @Test
  @DisplayName("held-out set 7 (492 questions, written blind, first run 86.6%) does not fall below it")
  void heldOut7() throws IOException {
    // given every set of the seventh held-out part with the programme it was written for
    Path folder = QuestionSetTest.QUESTIONS.resolve("heldout7");
    List<QuestionSetRun.Outcome> all = run(folder, List.of(
        new String[] {"heldout7-armoede.tsv", PROGRAMMES.resolve("heldout7-armoede.json").toString()},
        new String[] {"heldout7-beschermdwonen.tsv", PROGRAMMES.resolve("heldout7-beschermdwonen.json").toString()},
        new String[] {"heldout7-openhuis.tsv", PROGRAMMES.resolve("heldout7-openhuis.json").toString()}));
    // then
    report("held out 7", all);
    assertThat(all).hasSizeGreaterThanOrEqualTo(450);
    assertThat(QuestionSetRun.accuracy(all)).isGreaterThanOrEqualTo(FLOOR_7);
  }

  @Test
  @DisplayName("held-out set 8 (504 questions, written blind, first run 83.7%) does not fall below it")
  void heldOut8() throws IOException {
    // given every set of the eighth held-out part with the programme it was written for
    Path folder = QuestionSetTest.QUESTIONS.resolve("heldout8");
    List<QuestionSetRun.Outcome> all = run(folder, List.of(
        new String[] {"heldout8-limburg.tsv", PROGRAMMES.resolve("heldout8-limburg.json").toString()},
        new String[] {"heldout8-energie.tsv", PROGRAMMES.resolve("heldout8-energie.json").toString()},
        new String[] {"heldout8-mgv.tsv", PROGRAMMES.resolve("heldout8-mgv.json").toString()}));
    // then
    report("held out 8", all);
    assertThat(all).hasSizeGreaterThanOrEqualTo(450);
    assertThat(QuestionSetRun.accuracy(all)).isGreaterThanOrEqualTo(FLOOR_8);
  }

  private static void report(String name, List<QuestionSetRun.Outcome> all) {
    System.out.printf(Locale.ROOT, "%s, all: %d questions, accuracy %.1f%% (replies right whatever the label:"
        + " %.1f%%)%n%s%n", name, all.size(), QuestionSetRun.accuracy(all) * 100,
        QuestionSetRun.replyAccuracy(all) * 100, QuestionSetRun.bySlice(all));
  }

  /** Runs each set on its programme, printing only each set's figure. */
  private List<QuestionSetRun.Outcome> run(Path folder, List<String[]> sets) throws IOException {
    List<QuestionSetRun.Outcome> all = new ArrayList<>();
    for (String[] set : sets) {
      // when
      List<QuestionSetRun.Outcome> outcomes =
          QuestionSetRun.run(QuestionSet.read(folder.resolve(set[0])), Path.of(set[1]), understander);
      System.out.printf(Locale.ROOT, "%s: %d questions, accuracy %.1f%%%n", set[0], outcomes.size(),
          QuestionSetRun.accuracy(outcomes) * 100);
      all.addAll(outcomes);
    }
    return all;
  }
}
