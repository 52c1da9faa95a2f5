package nl.dagwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code java -jar target/dagwijzer.jar import} as organisers run it: the packaged jar, whose HTML and calendar
 * libraries are shaded in (ical4j without its java.time zone provider), reads each kind of source.
 */
@DisplayName("import with the packaged jar")
final class ImportIT {
  private static final Path FIXTURES = Path.of("src/test/resources/import");

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "divosa-vrijdag.txt      | 8",
      "inspiratiedag.html      | 9",
      "open-data-dag.frab.json | 5",
      "regiodag.ics            | 5"})
  @DisplayName("each kind of source gives a valid draft, exit 0 and no stack trace")
  void importsWithTheJar(String source, int sessions) throws Exception {
    // given
    Path out = folder.resolve("programme.json");
    Path log = folder.resolve("import.log");
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        BotProcess.JAR.toAbsolutePath().toString(), "import", FIXTURES.resolve(source).toString(),
        "--out", out.toString()));
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    // when
    Process process = builder.start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    // then
    String said = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended).isTrue();
    assertThat(process.exitValue()).as(said).isZero();
    assertThat(said).contains(out + " is geldig: " + sessions + " onderdelen").doesNotContain("Exception", "\tat ");
    assertThat(new ObjectMapper().readTree(out.toFile()).path("sessions").size()).isEqualTo(sessions);
  }
}
