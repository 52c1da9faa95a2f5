package nl.dagwijzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("ics: the programme as a calendar file")
final class IcsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine(Map.of(), Fixtures.clockAt(LocalDate.of(2026, 11, 27),
        LocalTime.of(9, 0)), new ByteArrayInputStream(new byte[0]));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private static List<String> starts(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT).stream()
        .map(e -> e.getProperty(Property.DTSTART).orElseThrow().getValue()).toList();
  }

  @Test
  @DisplayName("a programme without a date: today, said on stderr; the calendar on stdout")
  void today() throws Exception {
    // when
    int exit = run("ics");

    // then
    assertThat(exit).isZero();
    assertThat(err.toString()).isEqualTo("Het programma noemt geen datum; vandaag (vrijdag 27 november 2026) is"
        + " gebruikt. Geef --date voor een andere dag.\n");
    assertThat(starts(out.toString())).hasSize(8).first().isEqualTo("20261127T100000");
  }

  @Test
  @DisplayName("--date and --out: the file is written, and a line says what is in it")
  void dateAndOut() throws Exception {
    // given
    Path file = dir.resolve("dag.ics");

    // when
    int exit = run("ics", "--programme", Fixtures.PROGRAMME.toString(), "--date", "2025-03-14", "--out",
        file.toString());

    // then
    assertThat(exit).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo(file + ": 8 onderdelen op vrijdag 14 maart 2025.\n");
    assertThat(starts(Files.readString(file, StandardCharsets.UTF_8))).first().isEqualTo("20250314T100000");
  }

  @Test
  @DisplayName("a programme with a date is written on that date")
  void datedProgramme() throws Exception {
    // when
    int exit = run("ics", "--programme", "src/test/resources/programmes/dated.json");

    // then
    assertThat(exit).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(starts(out.toString())).allMatch(start -> start.startsWith("20260122T"));
  }

  @Test
  @DisplayName("a wrong date is a usage error (2); a broken programme exit 1 with its errors")
  void errors() throws Exception {
    // given
    Path broken = Files.writeString(dir.resolve("kapot.json"), "{", StandardCharsets.UTF_8);

    // when
    int badDate = run("ics", "--date", "14-03-2025");
    String dateMessage = err.toString();
    err.getBuffer().setLength(0);
    int badProgramme = run("ics", "--programme", broken.toString());

    // then
    assertThat(badDate).isEqualTo(2);
    assertThat(dateMessage).isEqualTo("Fout in de opdracht: '14-03-2025' is geen datum; schrijf --date als"
        + " jaar-maand-dag, bijvoorbeeld 2025-03-14\n");
    assertThat(badProgramme).isEqualTo(1);
    assertThat(err.toString()).startsWith("Het programma kan niet worden geladen:\n" + broken + ":1:");
    assertThat(out.toString()).isEmpty();
  }
}
