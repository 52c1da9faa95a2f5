package nl.dagwijzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

@DisplayName("Command line")
final class MainTest {
  /** A programme without a timezone and with a session that ends before it starts. */
  private static final String BROKEN = "{\n"
      + "  \"event\": {\"title\": \"x\"},\n"
      + "  \"speakers\": [],\n"
      + "  \"sessions\": [ { \"id\": \"a\", \"title\": \"A\", \"kind\": \"plenary\", \"start\": \"10:00\", "
      + "\"end\": \"09:00\" } ]\n"
      + "}\n";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return runWithInput("", args);
  }

  private int runWithInput(String stdin, String... args) {
    CommandLine commandLine = Main.commandLine(Map.of(), Fixtures.clockAt(LocalDate.of(2026, 11, 27),
        LocalTime.of(9, 0)), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private static Path broken(Path folder) throws IOException {
    Path file = folder.resolve("broken.json");
    Files.writeString(file, BROKEN, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> brokenErrors(Path file) {
    return List.of("Het programma kan niet worden geladen:",
        file + ":2:12: event: verplicht veld 'timezone' ontbreekt; voeg \"timezone\" toe",
        file + ":4:72: sessions[0].start: start (10:00) moet voor end (09:00) liggen");
  }

  @Test
  @DisplayName("check on the real programme succeeds with a one-line summary")
  void checkValid() {
    // given the repository's programme.json
    // when
    int exit = run("check", "programme.json");
    // then
    assertThat(exit).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "programme.json is geldig: 8 onderdelen, 6 sprekers, 8 onderwerpen, 10:00–13:00.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  @DisplayName("check counts one topic in the singular")
  void checkValidSingular() {
    // given a programme with one topic and one speaker
    String file = "src/test/resources/programmes/tune45-vliegshow.json";
    // when
    int exit = run("check", file);
    // then
    assertThat(exit).isZero();
    assertThat(out.toString().lines()).containsExactly(
        file + " is geldig: 17 onderdelen, 14 sprekers, 1 onderwerp, 09:30–17:30.");
  }

  @Test
  @DisplayName("check on a broken file fails with every error located by file, line and column")
  void checkBroken(@TempDir Path temp) throws IOException {
    // given
    Path file = broken(temp);
    // when
    int exit = run("check", file.toString());
    // then
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactlyElementsOf(brokenErrors(file));
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName("check on a missing file fails with a Dutch message")
  void checkMissing() {
    // given no file called missing.json
    // when
    int exit = run("check", "missing.json");
    // then
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactly("Het programma kan niet worden geladen:",
        "missing.json: het bestand bestaat niet; controleer het pad of zet programme.json op deze plek");
  }

  @Test
  @DisplayName("ask answers one question on one line")
  void askOne() {
    // given the real programme and intents
    // when
    int exit = run("ask", "--now", "11:10", "wanneer", "is", "de", "lunch");
    // then
    assertThat(exit).isZero();
    assertThat(out.toString().lines()).containsExactly("De lunch is van 12:30 tot 13:00.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  @DisplayName("ask answers many lines of standard input side by side, each in its place and as when asked alone")
  void askManyLinesInOrder() {
    // given 300 lines of four questions in turn
    List<String> questions = List.of("wanneer is de lunch", "wie spreekt over Breda", "wat is er om 11:00",
        "hoeveel workshops zijn er");
    List<String> alone = questions.stream().map(q -> {
      StringWriter single = new StringWriter();
      CommandLine one = Main.commandLine(Map.of(), Fixtures.clockAt(LocalDate.of(2026, 11, 27), LocalTime.of(9, 0)),
          new ByteArrayInputStream(new byte[0]), "ask", "--now", "11:10", q);
      one.setOut(new PrintWriter(single, true));
      one.execute("ask", "--now", "11:10", q);
      return single.toString();
    }).toList();
    StringBuilder stdin = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      stdin.append(questions.get(i % 4)).append('\n');
      expected.append(alone.get(i % 4));
    }
    // when
    int exit = runWithInput(stdin.toString(), "ask", "--now", "11:10");
    // then
    assertThat(exit).isZero();
    assertThat(out.toString()).isEqualTo(expected.toString());
    assertThat(alone).doesNotHaveDuplicates().allSatisfy(reply -> assertThat(reply).isNotBlank());
  }

  @Test
  @DisplayName("ask --json answers every line of standard input with one JSON object")
  void askJsonFromStandardInput() throws IOException {
    // given two questions on standard input
    String stdin = "wanneer is de lunch\nwie spreekt over Breda\n";
    // when
    int exit = runWithInput(stdin, "ask", "--json", "--now", "11:10");
    // then
    assertThat(exit).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode lunch = json.readTree(lines.get(0));
    JsonNode breda = json.readTree(lines.get(1));
    assertThat(lunch.get("question").asText()).isEqualTo("wanneer is de lunch");
    assertThat(lunch.get("intent").asText()).isEqualTo("when");
    assertThat(lunch.get("confidence").asDouble()).isBetween(Fixtures.THRESHOLD, 1.0);
    assertThat(lunch.get("entities")).isEqualTo(
        json.readTree("[{\"type\":\"session\",\"id\":\"lunch\",\"text\":\"lunch\"}]"));
    assertThat(lunch.get("reply").asText()).isEqualTo("De lunch is van 12:30 tot 13:00.");
    assertThat(breda.get("question").asText()).isEqualTo("wie spreekt over Breda");
    assertThat(breda.get("intent").asText()).isEqualTo("who");
    assertThat(breda.get("entities")).isEqualTo(
        json.readTree("[{\"type\":\"organisation\",\"id\":\"gemeente Breda\",\"text\":\"breda\"}]"));
    assertThat(breda.get("reply").asText()).isEqualTo("Bij ‘Workshop Breda’ (45 minuten, ergens tussen 11:00 en "
        + "12:30) spreekt Michiel Luigjes (beleidsadviseur Sociaal Domein, gemeente Breda).");
    assertThat(lunch.fieldNames()).toIterable()
        .containsExactly("question", "intent", "confidence", "entities", "query", "reply");
    assertThat(lunch.get("query")).isEqualTo(json.readTree(
        "{\"asked\":\"time\",\"conditions\":[{\"type\":\"session\",\"value\":\"lunch\"}]}"));
    assertThat(breda.get("query")).isEqualTo(json.readTree(
        "{\"asked\":\"people\",\"conditions\":[{\"type\":\"organisation\",\"value\":\"gemeente Breda\"}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ask --bogus          | onbekende optie '--bogus'                         | dagwijzer ask",
      "check a.json b.json  | onverwacht argument 'b.json'                      | dagwijzer check",
      "ask --now            | waarde ontbreekt voor --now                       | dagwijzer ask",
      "ask --now 25:99 hoi  | --now '25:99' is geen geldige tijd; schrijf HH:mm (bijvoorbeeld 11:15) of YYYY-MM-DDTHH:mm | dagwijzer ask"})
  @DisplayName("a wrong command line exits with 2 and a Dutch message, without a stack trace")
  void usageErrors(String arguments, String message, String command) {
    // given
    String[] args = arguments.split(" ");
    // when
    int exit = run(args);
    // then
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly("Fout in de opdracht: " + message,
        "Gebruik '" + command + " --help' voor de opties.");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName("ask on a broken programme fails with its located errors")
  void askBrokenProgramme(@TempDir Path temp) throws IOException {
    // given
    Path file = broken(temp);
    // when
    int exit = run("ask", "--programme", file.toString(), "hallo");
    // then
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactlyElementsOf(brokenErrors(file));
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName("ask with a missing intents folder fails with a Dutch message")
  void askMissingIntents(@TempDir Path temp) {
    // given
    Path intents = temp.resolve("geen-intenties");
    // when
    int exit = run("ask", "--intents", intents.toString(), "hallo");
    // then
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactly("De intenties kunnen niet worden geladen: map met "
        + "intenties '" + intents + "' bestaat niet of is geen map");
  }

  @Test
  @DisplayName("ask answers a question of more than 500 characters with a short 'te lang', on the line and on stdin")
  void askTooLong() throws IOException {
    // given a question of 501 characters, and on standard input a 2 MB line before an ordinary question
    String long501 = "wanneer is de lunch " + "x".repeat(481);
    String stdin = "x".repeat(2 * 1024 * 1024) + "\nwanneer is de lunch\n";
    // when
    int exitArgs = run("ask", "--now", "11:10", long501);
    int exitStdin = runWithInput(stdin, "ask", "--now", "11:10");
    // then
    String tooLong = "Je vraag is te lang (meer dan 500 tekens). Kun je hem korter stellen?";
    assertThat(exitArgs).isZero();
    assertThat(exitStdin).isZero();
    assertThat(out.toString().lines()).containsExactly(tooLong, tooLong, "De lunch is van 12:30 tot 13:00.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  @DisplayName("ask --json shows an over-long question by its first 500 characters, as unknown")
  void askTooLongJson() throws IOException {
    // given
    String stdin = "x".repeat(10_000) + "\n";
    // when
    int exit = runWithInput(stdin, "ask", "--json");
    // then
    assertThat(exit).isZero();
    JsonNode line = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
    assertThat(line.get("question").asText()).isEqualTo("x".repeat(500) + "…");
    assertThat(line.get("intent").asText()).isEqualTo("unknown");
    assertThat(line.get("confidence").asDouble()).isZero();
    assertThat(line.get("entities")).isEmpty();
    assertThat(line.get("reply").asText())
        .isEqualTo("Je vraag is te lang (meer dan 500 tekens). Kun je hem korter stellen?");
  }

  @Test
  @DisplayName("help without a command lists every command")
  void helpListsEveryCommand() {
    // given / when
    int exit = run("--help");
    // then
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Commands:", "  check ", "  ask ", "  bench ", "  discord ");
  }

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"check", "ask", "import", "bench", "discord", "check-state", "ics"})
  @DisplayName("every command shows its own help with --help, as its error messages tell you to")
  void everyCommandHasHelp(String command) {
    // given / when
    int exit = run(command, "--help");
    // then
    assertThat(exit).isZero();
    assertThat(out.toString()).startsWith("Usage: dagwijzer " + command + " ").contains("-h, --help");
    assertThat(err.toString()).isEmpty();
  }
}
