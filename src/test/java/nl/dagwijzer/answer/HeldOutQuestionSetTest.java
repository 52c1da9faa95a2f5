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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /**
   * The parts of three blind days each (folder {@code heldoutN}): part, at least this many questions, its floor (two
   * to three points under its first or last measured figure, in the README), its days.
   */
  @ParameterizedTest(name = "held-out set {0} (at least {1} questions) does not fall below {2}")
  @CsvSource({
      "3, 500, 0.80, jeugdconferentie netwerkontbijt trainingsdag",
      "4, 500, 0.79, wijkcongres raadsavond masterclass",
      "5, 500, 0.82, ouderen holtenbroek lunchwebinar",
      "6, 500, 0.85, praktijkdag wmo-webinar vrijwilligersdag",
      "7, 450, 0.84, armoede beschermdwonen openhuis",
      "8, 450, 0.81, limburg energie mgv",
      "9, 500, 0.75, jongerentop inclusief ledendag",
      "10, 550, 0.79, carrousel hybride werkbezoek",
      "11, 540, 0.75, gala tracks inloop",
      "12, 570, 0.76, opendag zorgcafe inwerkdag",
      "13, 550, 0.71, ouderavond tweelocaties werkatelier",
      "14, 540, 0.73, wandeling raadsvergadering sessiecodes",
      "15, 590, 0.79, familiedag speeddate theater",
      "16, 580, 0.78, inburgering zorgboerderij skillslab",
      "17, 580, 0.84, sportdag raadsavond opleidingsdag",
      "18, 590, 0.82, inloopmiddag boekpresentatie werktop",
      "19, 580, 0.75, excursiedag ledenvergadering opendag",
      "20, 585, 0.75, jongerendebat vrijwilligersdag leergang",
      "21, 580, 0.82, hybride ontbijtsessie kennismarkt",
      "22, 580, 0.75, kerstmarkt scholingsdag buurtbudget",
      "23, 590, 0.80, ouderavond verkiezingsdebat schuldhulp",
      "24, 580, 0.78, kinderraad webinarreeks beweegdag",
      "25, 580, 0.77, zorgmarkt buurtcoaches statushouders",
      "26, 590, 0.72, bibliotheekavond excursiedag jongerenparlement",
      "27, 610, 0.77, boerenmarkt ziekenhuisdag raadsconferentie",
      "28, 600, 0.76, fietstocht lezingenavond klantcontact",
      "29, 600, 0.70, theaterfestival ouderavond veiligheidsdag",
      "30, 600, 0.70, schaaktoernooi duurzaamheidscongres dierenasiel",
      "31, 600, 0.73, diploma volkstuin examendag",
      "32, 600, 0.70, monumentendag filmdag wetenschapsdag",
      "33, 600, 0.79, banenmarkt kookfestival zwemdag",
      "34, 600, 0.75, gametoernooi woonbeurs manege",
      "35, 600, 0.75, visserijdag wielerronde dierentuin",
      "36, 600, 0.72, carnaval bedrijvendag yogadag",
      "37, 600, 0.74, triatlon griezeltocht lammetjesdag",
      "38, 600, 0.73, orgeldag kaasmarkt ballonfiesta",
      "39, 600, 0.66, bierfestival bouwdag modelspoorbeurs",
      "40, 600, 0.70, vogelshow jazzfestival survivalrun",
      "41, 600, 0.75, ambachtendag klimhal pompoenfestival",
      "42, 600, 0.75, natuurwerkdag zeehondencentrum drakenboot",
      "43, 600, 0.77, zandsculptuur zweefvliegdag kloosterdag",
      "44, 600, 0.72, vuurtorendag rommelmarkt waterpolotoernooi",
      "45, 600, 0.78, boerengolf natuurfotodag schoolmusical",
      "46, 600, 0.76, huttenbouwdag plantenruilbeurs smidsdag",
      "47, 600, 0.79, duikdag ruimtevaartdag verkeersdag",
      "48, 600, 0.81, radioamateurdag skatedag wolfestival",
      "49, 600, 0.79, carillonfestival draverijdag kazernedag",
      "50, 600, 0.75, landgoedfair mijnmuseumdag talentenjacht",
      "51, 600, 0.80, poppenkastfestival stadsarchiefdag veilingdag",
      "52, 600, 0.85, bloemschikdag koffiebranderij tekenfestival",
      "53, 600, 0.82, appelpersdag braderie dierenkliniek",
      "54, 600, 0.82, ambulancedag boekbinderij hockeytoernooi",
      "55, 600, 0.82, ijsboerderij naaiatelier skihal",
      "56, 600, 0.82, kartbaan theetuin valkerij",
      "57, 600, 0.82, bowlingtoernooi sprookjesfestival vlasdag",
      "58, 600, 0.82, kanodag kruidentuin operadag",
      "59, 600, 0.82, kermis touwtrekken veteranendag",
      "60, 600, 0.89, kinderrechtendag medezeggenschapsdag paasfeest",
      "61, 600, 0.88, reunie veldrit wildplukdag",
      "62, 600, 0.88, kunstveiling mosselfeest veekeuring"})
  @DisplayName("each held-out part of blind days does not fall below its level")
  void heldOutPart(int number, int minimum, double floor, String days) throws IOException {
    // given every set of the part with the programme it was written for
    // when, then
    part(number, minimum, floor, days.split(" "));
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
