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
   * A guard against a change that makes days the bot has never seen worse: two to three points under each part's
   * last measured figure (the README's table under Measured), so the sets still fail a build without being tuned
   * on. The target (95%) is not met.
   */
  private static final double FLOOR_1 = 0.91;
  private static final double FLOOR_2 = 0.88;
  private static final double FLOOR_3 = 0.80;
  private static final double FLOOR_4 = 0.79;
  private static final double FLOOR_5 = 0.82;
  private static final double FLOOR_6 = 0.85;
  private static final double FLOOR_7 = 0.84;
  private static final double FLOOR_8 = 0.81;
  private static final double FLOOR_9 = 0.75;
  private static final double FLOOR_10 = 0.79;
  private static final double FLOOR_11 = 0.75;
  private static final double FLOOR_12 = 0.76;
  private static final double FLOOR_13 = 0.71;
  private static final double FLOOR_14 = 0.73;
  private static final double FLOOR_15 = 0.79;
  private static final double FLOOR_16 = 0.78;
  private static final double FLOOR_17 = 0.84;
  private static final double FLOOR_18 = 0.82;
  private static final double FLOOR_19 = 0.75;
  private static final double FLOOR_20 = 0.75;
  private static final double FLOOR_21 = 0.82;
  private static final double FLOOR_22 = 0.75;
  private static final double FLOOR_23 = 0.80;
  private static final double FLOOR_24 = 0.78;
  private static final double FLOOR_25 = 0.77;

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
  @DisplayName("held-out set 2 (650 questions) does not fall below its level when last measured (91.7%)")
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
    // when, then
    part(3, 500, FLOOR_3, "jeugdconferentie", "netwerkontbijt", "trainingsdag");
  }

  @Test
  @DisplayName("held-out set 4 (542 questions, written blind) does not fall below its level (81.2%)")
  void heldOut4() throws IOException {
    // given every set of the fourth held-out part with the programme it was written for
    // when, then
    part(4, 500, FLOOR_4, "wijkcongres", "raadsavond", "masterclass");
  }

  @Test
  @DisplayName("held-out set 5 (526 questions, written blind) does not fall below its level (85.6%)")
  void heldOut5() throws IOException {
    // given every set of the fifth held-out part with the programme it was written for
    // when, then
    part(5, 500, FLOOR_5, "ouderen", "holtenbroek", "lunchwebinar");
  }

  @Test
  @DisplayName("held-out set 6 (504 questions, written blind, first run 87.5%) does not fall below it")
  void heldOut6() throws IOException {
    // given every set of the sixth held-out part with the programme it was written for
    // when, then
    part(6, 500, FLOOR_6, "praktijkdag", "wmo-webinar", "vrijwilligersdag");
  }

  @Test
  @DisplayName("held-out set 7 (492 questions, written blind, first run 86.6%) does not fall below it")
  void heldOut7() throws IOException {
    // given every set of the seventh held-out part with the programme it was written for
    // when, then
    part(7, 450, FLOOR_7, "armoede", "beschermdwonen", "openhuis");
  }

  @Test
  @DisplayName("held-out set 8 (504 questions, written blind, first run 83.7%) does not fall below it")
  void heldOut8() throws IOException {
    // given every set of the eighth held-out part with the programme it was written for
    // when, then
    part(8, 450, FLOOR_8, "limburg", "energie", "mgv");
  }

  @Test
  @DisplayName("held-out set 9 (519 questions, written blind, first run 78.0%) does not fall below it")
  void heldOut9() throws IOException {
    // given every set of the ninth held-out part with the programme it was written for
    // when, then
    part(9, 500, FLOOR_9, "jongerentop", "inclusief", "ledendag");
  }

  @Test
  @DisplayName("held-out set 10 (565 questions, written blind, first run 81.9%) does not fall below it")
  void heldOut10() throws IOException {
    // given every set of the tenth held-out part with the programme it was written for
    // when, then
    part(10, 550, FLOOR_10, "carrousel", "hybride", "werkbezoek");
  }

  @Test
  @DisplayName("held-out set 11 (556 questions, written blind, first run 77.5%) does not fall below it")
  void heldOut11() throws IOException {
    // given every set of the eleventh held-out part with the programme it was written for
    // when, then
    part(11, 540, FLOOR_11, "gala", "tracks", "inloop");
  }

  @Test
  @DisplayName("held-out set 12 (579 questions, written blind, first run 78.8%) does not fall below it")
  void heldOut12() throws IOException {
    // given every set of the twelfth held-out part with the programme it was written for
    // when, then
    part(12, 570, FLOOR_12, "opendag", "zorgcafe", "inwerkdag");
  }

  @Test
  @DisplayName("held-out set 13 (555 questions, written blind, first run 73.9%) does not fall below it")
  void heldOut13() throws IOException {
    // given every set of the thirteenth held-out part with the programme it was written for
    // when, then
    part(13, 550, FLOOR_13, "ouderavond", "tweelocaties", "werkatelier");
  }

  @Test
  @DisplayName("held-out set 14 (549 questions, written blind, first run 75.8%) does not fall below it")
  void heldOut14() throws IOException {
    // given every set of the fourteenth held-out part with the programme it was written for
    // when, then
    part(14, 540, FLOOR_14, "wandeling", "raadsvergadering", "sessiecodes");
  }

  @Test
  @DisplayName("held-out set 15 (596 questions) does not fall below its level when first measured (81.2%)")
  void heldOut15() throws IOException {
    // given every set of the fifteenth held-out part with the programme it was written for
    // when, then
    part(15, 590, FLOOR_15, "familiedag", "speeddate", "theater");
  }

  @Test
  @DisplayName("held-out set 16 (590 questions) does not fall below its level when first measured (80.3%)")
  void heldOut16() throws IOException {
    // given every set of the sixteenth held-out part with the programme it was written for
    // when, then
    part(16, 580, FLOOR_16, "inburgering", "zorgboerderij", "skillslab");
  }

  @Test
  @DisplayName("held-out set 17 (587 questions) does not fall below its level when first measured (85.9%)")
  void heldOut17() throws IOException {
    // given every set of the seventeenth held-out part with the programme it was written for
    // when, then
    part(17, 580, FLOOR_17, "sportdag", "raadsavond", "opleidingsdag");
  }

  @Test
  @DisplayName("held-out set 18 (594 questions) does not fall below its level when first measured (82.2%)")
  void heldOut18() throws IOException {
    // given every set of the eighteenth held-out part with the programme it was written for
    // when, then
    part(18, 590, FLOOR_18, "inloopmiddag", "boekpresentatie", "werktop");
  }

  @Test
  @DisplayName("held-out set 19 (586 questions) does not fall below its level when first measured (75.9%)")
  void heldOut19() throws IOException {
    // given every set of the nineteenth held-out part with the programme it was written for
    // when, then
    part(19, 580, FLOOR_19, "excursiedag", "ledenvergadering", "opendag");
  }

  @Test
  @DisplayName("held-out set 20 (591 questions) does not fall below its level when first measured (76.0%)")
  void heldOut20() throws IOException {
    // given every set of the twentieth held-out part with the programme it was written for
    // when, then
    part(20, 585, FLOOR_20, "jongerendebat", "vrijwilligersdag", "leergang");
  }

  @Test
  @DisplayName("held-out set 21 (586 questions) does not fall below its level when first measured (82.1%)")
  void heldOut21() throws IOException {
    // given every set of the twenty-first held-out part with the programme it was written for
    // when, then
    part(21, 580, FLOOR_21, "hybride", "ontbijtsessie", "kennismarkt");
  }

  @Test
  @DisplayName("held-out set 22 (587 questions) does not fall below its level when first measured (75.6%)")
  void heldOut22() throws IOException {
    // given every set of the twenty-second held-out part with the programme it was written for
    // when, then
    part(22, 580, FLOOR_22, "kerstmarkt", "scholingsdag", "buurtbudget");
  }

  @Test
  @DisplayName("held-out set 23 (594 questions) does not fall below its level when first measured (80.6%)")
  void heldOut23() throws IOException {
    // given every set of the twenty-third held-out part with the programme it was written for
    // when, then
    part(23, 590, FLOOR_23, "ouderavond", "verkiezingsdebat", "schuldhulp");
  }

  @Test
  @DisplayName("held-out set 24 (582 questions) does not fall below its level when first measured (78.2%)")
  void heldOut24() throws IOException {
    // given every set of the twenty-fourth held-out part with the programme it was written for
    // when, then
    part(24, 580, FLOOR_24, "kinderraad", "webinarreeks", "beweegdag");
  }

  @Test
  @DisplayName("held-out set 25 (582 questions) does not fall below its level when first measured (77.5%)")
  void heldOut25() throws IOException {
    // given every set of the twenty-fifth held-out part with the programme it was written for
    // when, then
    part(25, 580, FLOOR_25, "zorgmarkt", "buurtcoaches", "statushouders");
  }

  /**
   * Runs the {@code number}th held-out part (folder {@code heldoutN}, each day {@code heldoutN-day.tsv} on
   * {@code heldoutN-day.json}), prints its figures and holds it to at least {@code minimum} questions and its floor.
   */
  private void part(int number, int minimum, double floor, String... days) throws IOException {
    String prefix = "heldout" + number;
    List<String[]> sets = new ArrayList<>();
    for (String day : days) {
      String name = prefix + "-" + day;
      sets.add(new String[] {name + ".tsv", PROGRAMMES.resolve(name + ".json").toString()});
    }
    List<QuestionSetRun.Outcome> all = run(QuestionSetTest.QUESTIONS.resolve(prefix), sets);
    report("held out " + number, all);
    assertThat(all).hasSizeGreaterThanOrEqualTo(minimum);
    assertThat(QuestionSetRun.accuracy(all)).isGreaterThanOrEqualTo(floor);
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
