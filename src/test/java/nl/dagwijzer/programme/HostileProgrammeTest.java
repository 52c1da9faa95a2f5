package nl.dagwijzer.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Programmes made to break the bot: invisible names, repeats, huge files, deep nesting, long numbers. */
@DisplayName("Hostile programme files are rejected with located Dutch messages")
final class HostileProgrammeTest {
  private final ProgrammeLoader loader = new ProgrammeLoader();

  static Stream<Arguments> invisibleTitles() {
    return Stream.of(
        Arguments.of("no-break space", "\u00A0", "bevat alleen spaties of onzichtbare tekens"),
        Arguments.of("figure space", "\u2007", "bevat alleen spaties of onzichtbare tekens"),
        Arguments.of("narrow no-break space", "\u202F", "bevat alleen spaties of onzichtbare tekens"),
        Arguments.of("zero-width space", "\u200B", "bevat alleen spaties of onzichtbare tekens"),
        Arguments.of("zero-width joiner", "\u200D", "bevat alleen spaties of onzichtbare tekens"),
        Arguments.of("byte order mark", "\uFEFF", "bevat alleen spaties of onzichtbare tekens"),
        Arguments.of("next line", "\u0085", "bevat alleen spaties of onzichtbare tekens"),
        Arguments.of("NUL", "\\u0000", "bevat alleen spaties of onzichtbare tekens"),
        Arguments.of("right-to-left override", "\u202E", "bevat alleen spaties of onzichtbare tekens"),
        Arguments.of("lone combining mark", "\u0301", "bevat alleen spaties of onzichtbare tekens"),
        Arguments.of("override inside a name", "Lunch\u202E", "bevat het onzichtbare teken U+202E"),
        Arguments.of("NUL inside a name", "Lu\\u0000nch", "bevat het onzichtbare teken U+0000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invisibleTitles")
  @DisplayName("a title a reader cannot see is rejected")
  void rejectsInvisibleTitle(String what, String title, String message) {
    // given
    String json = "{ \"event\": { \"title\": \"Dag\", \"timezone\": \"Europe/Amsterdam\" }, \"speakers\": [],\n"
        + "  \"sessions\": [ { \"id\": \"lunch\", \"title\": \"" + title
        + "\", \"kind\": \"break\", \"start\": \"12:00\", \"end\": \"13:00\" } ] }";

    // when
    List<String> errors = errorsOf(json.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(errors).containsExactly("programme.json:2:43: sessions[0].title: " + message
        + (message.startsWith("bevat alleen") ? "; vul een tekst in" : "; haal het weg"));
  }

  @Test
  @DisplayName("a speaker listed twice in one session, and topics differing only in case, are rejected")
  void rejectsRepeats() {
    // given
    String json = """
        { "event": { "title": "Dag", "timezone": "Europe/Amsterdam" },
          "speakers": [ { "id": "an", "name": "An" } ],
          "sessions": [ { "id": "w", "title": "Welkom", "kind": "plenary", "start": "10:00", "end": "10:05",
                          "speakers": ["an", "an"] } ],
          "topics": [ { "name": "Zoete Kruimels" }, { "name": "zoete kruimels" } ] }
        """;

    // when
    List<String> errors = errorsOf(json.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(errors).containsExactly(
        "programme.json:4:38: sessions[0].speakers[1]: spreker 'an' staat twee keer bij deze sessie; haal de tweede"
            + " weg",
        "programme.json:5:55: topics[1].name: onderwerp 'zoete kruimels' komt al voor in topics[0]; geef elk"
            + " onderwerp een eigen naam");
  }

  @Test
  @DisplayName("thousands of unknown speaker references are all reported, suggestions only for the first 20")
  void manyUnknownReferences() {
    // given 7,000 sessions that each name a speaker that does not exist
    StringBuilder json = new StringBuilder("{ \"event\": { \"title\": \"Dag\", \"timezone\": \"Europe/Amsterdam\" },"
        + " \"speakers\": [ { \"id\": \"spreker-0\", \"name\": \"Een\" } ], \"sessions\": [\n");
    for (int i = 0; i < 7000; i++) {
      json.append(i == 0 ? "" : ",\n").append("{ \"id\": \"s").append(i).append("\", \"title\": \"T\", \"kind\":")
          .append(" \"plenary\", \"start\": \"10:00\", \"end\": \"11:00\", \"speakers\": [\"spreker-")
          .append(i + 1).append("\"] }");
    }
    json.append("] }");

    // when
    List<String> errors = errorsOf(json.toString().getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(errors).hasSize(7000);
    assertThat(errors.get(0)).isEqualTo("programme.json:2:95: sessions[0].speakers[0]: spreker 'spreker-1' bestaat"
        + " niet in speakers; bedoel je 'spreker-0'?");
    assertThat(errors).filteredOn(e -> e.contains("bedoel je")).hasSize(20);
    assertThat(errors.get(6999)).endsWith("spreker 'spreker-7000' bestaat niet in speakers; voeg deze spreker toe aan"
        + " speakers of verbeter de id");
  }

  @Test
  @DisplayName("nesting of thousands of levels is rejected with a line and column")
  void deepNesting() {
    // given
    byte[] json = ("{ \"event\": \n" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);

    // when
    List<String> errors = errorsOf(json);

    // then
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).matches("programme\\.json:2:\\d+: het bestand is te diep genest of bevat een te lange"
        + " waarde \\(een getal of tekst\\); vereenvoudig de opbouw");
  }

  @Test
  @DisplayName("a number of thousands of digits is rejected with a line and column")
  void longNumber() {
    // given
    byte[] json = ("{ \"event\": { \"title\": \"Dag\", \"timezone\": \"Europe/Amsterdam\" }, \"speakers\": [],\n"
        + " \"sessions\": [ { \"durationMinutes\": " + "9".repeat(5000) + " } ] }").getBytes(StandardCharsets.UTF_8);

    // when
    List<String> errors = errorsOf(json);

    // then
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).matches("programme\\.json:2:\\d+: het bestand is te diep genest of bevat een te lange"
        + " waarde \\(een getal of tekst\\); vereenvoudig de opbouw");
  }

  @Test
  @DisplayName("a file larger than the limit is refused before it is parsed, from disk and from an upload")
  void tooLarge(@TempDir Path dir) throws IOException {
    // given a 3 MB file
    Path file = dir.resolve("groot.json");
    Files.write(file, " ".repeat(3 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));

    // when
    ProgrammeRejectedException fromDisk =
        catchThrowableOfType(ProgrammeRejectedException.class, () -> loader.load(file));
    List<String> fromUpload = errorsOf(Files.readAllBytes(file));

    // then
    String expected = file + ": het bestand is groter dan 2 MB; een programma past ruim in minder: controleer of dit"
        + " het goede bestand is";
    assertThat(fromDisk.errors()).extracting(ValidationError::format).containsExactly(expected);
    assertThat(fromUpload).containsExactly(expected.replace(file.toString(), "programme.json"));
  }

  private List<String> errorsOf(byte[] content) {
    ProgrammeRejectedException rejected =
        catchThrowableOfType(ProgrammeRejectedException.class, () -> loader.parse("programme.json", content));
    assertThat(rejected).as("the file should be rejected").isNotNull();
    return rejected.errors().stream().map(ValidationError::format).toList();
  }
}
