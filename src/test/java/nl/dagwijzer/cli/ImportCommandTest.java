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
import picocli.CommandLine;

@DisplayName("import command")
final class ImportCommandTest {
  private static final Path FIXTURES = Path.of("src/test/resources/import");
  private static final String SMALL = "Studiemiddag Wijkaanpak\n\nProgramma\n"
      + "13.30 uur Welkom door Jan de Vries, wethouder gemeente Hoorn\n"
      + "13.45 - 14.30 uur Lezing: buurten in beeld\n"
      + "Petra Smit, onderzoeker bij Stichting Buurtwerk\n"
      + "Zaal: Aula\n"
      + "Deze lezing duurt 1,5 uur.\n"
      + "14.30 uur Borrel\n";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ObjectMapper json = new ObjectMapper();

  @TempDir
  Path temp;

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine(Map.of(), Fixtures.clockAt(LocalDate.of(2026, 11, 27),
        LocalTime.of(9, 0)), new ByteArrayInputStream(new byte[0]));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("without --out the draft goes to standard output and the whole report to standard error")
  void reportOnStandardError() throws IOException {
    // given a short programme whose second item says it lasts longer than its block
    Path source = file("middag.txt", SMALL);
    // when
    int exit = run("import", source.toString());
    // then the draft is still written, the report names every guess with its line, and validation fails
    assertThat(exit).isEqualTo(1);
    JsonNode draft = json.readTree(out.toString());
    assertThat(draft.path("sessions").size()).isEqualTo(3);
    assertThat(err.toString().lines()).containsExactly(
        "Import van " + source + " (tekst): 3 onderdelen, 2 sprekers.",
        "Aangenomen (controleer of het klopt):",
        "  " + source + ": tijdzone Europe/Amsterdam aangenomen (een Nederlandstalig programma)",
        "  " + source + ":4: geen eindtijd bij 13:30: loopt tot het volgende onderdeel om 13:45",
        "Controleer:",
        "  " + source + ":1: geen datum gevonden; event.date is null (de tijden gelden dan elke dag); vul de datum"
            + " in of geef --date",
        "  " + source + ":5: 'Lezing: buurten in beeld' duurt 90 minuten, langer dan het blok 13:45–14:30",
        "  " + source + ":9: geen eindtijd bij 14:30 en niets erna: 15:30 aangenomen; vul de echte eindtijd in",
        "Controle van het concept (zoals 'check'):",
        "  programme.json:39:26: sessions[1].durationMinutes: durationMinutes (90) is langer dan het blok"
            + " 13:45–14:30 (45 minuten)",
        "  Het concept is geschreven; verbeter deze punten en controleer opnieuw met 'check'.");
  }

  @Test
  @DisplayName("the seed text imports to a valid programme: exit 0, the draft in --out, the report on standard output")
  void seedToFile() throws IOException {
    // given
    Path target = temp.resolve("programme.json");
    // when
    int exit = run("import", FIXTURES.resolve("divosa-vrijdag.txt").toString(), "--out", target.toString());
    // then
    assertThat(exit).isZero();
    assertThat(json.readTree(target.toFile()).path("sessions").size()).isEqualTo(8);
    assertThat(out.toString().lines()).contains("Controle van het concept (zoals 'check'):",
        "  " + target + " is geldig: 8 onderdelen, 6 sprekers, 10:00–13:00.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  @DisplayName("an existing --out file is never overwritten without --force")
  void noOverwrite() throws IOException {
    // given
    Path target = file("programme.json", "{ \"mijn\": \"werk\" }");
    // when
    int refused = run("import", FIXTURES.resolve("regiodag.ics").toString(), "--out", target.toString());
    String kept = Files.readString(target);
    int forced = run("import", FIXTURES.resolve("regiodag.ics").toString(), "--out", target.toString(), "--force");
    // then
    assertThat(refused).isEqualTo(2);
    assertThat(kept).isEqualTo("{ \"mijn\": \"werk\" }");
    assertThat(err.toString().lines()).startsWith("Fout in de opdracht: " + target + " bestaat al; kies een ander"
        + " --out-bestand of gebruik --force om het te overschrijven");
    assertThat(forced).isZero();
    assertThat(json.readTree(target.toFile()).path("event").path("title").asText()).isEqualTo("Regiodag Participatie");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--format pdf     | onbekend formaat 'pdf'; kies text, html, frab of ics",
      "--date 14-3-2025 | '14-3-2025' is geen datum; schrijf --date als jaar-maand-dag, bijvoorbeeld 2025-03-14"})
  @DisplayName("a wrong option exits with 2 and a Dutch message")
  void usageErrors(String option, String message) {
    // given
    String[] parts = option.split(" ");
    // when
    int exit = run("import", FIXTURES.resolve("regiodag.ics").toString(), parts[0], parts[1]);
    // then
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly("Fout in de opdracht: " + message,
        "Gebruik 'dagwijzer import --help' voor de opties.");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName("--date chooses the day of a multi-day frab schedule")
  void frabDay() throws IOException {
    // given the two-day schedule
    // when
    int exit = run("import", FIXTURES.resolve("open-data-dag.frab.json").toString(), "--date", "2025-09-19");
    // then
    assertThat(exit).isZero();
    JsonNode draft = json.readTree(out.toString());
    assertThat(draft.path("event").path("date").asText()).isEqualTo("2025-09-19");
    assertThat(draft.path("sessions").size()).isEqualTo(1);
    assertThat(draft.path("sessions").get(0).path("title").asText()).isEqualTo("Hackathon");
  }

  @Test
  @DisplayName("a --date that the export does not have is refused with the days it does have")
  void frabMissingDay() {
    // given
    String source = FIXTURES.resolve("open-data-dag.frab.json").toString();
    // when
    int exit = run("import", source, "--date", "2025-09-20");
    // then
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactly(source + ": --date 2025-09-20 komt niet voor in dit bestand;"
        + " de dagen zijn: 2025-09-18, 2025-09-19");
  }

  @Test
  @DisplayName("bad input gets one Dutch line, exit 1, no draft and no stack trace")
  void badInput() throws IOException {
    // given
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    Path png = Files.write(temp.resolve("programma.png"), binary);
    String day = "10.00 - 10.30 uur Welkom door Jan de Vries, wethouder gemeente Hoorn\n";
    Path huge = Files.writeString(temp.resolve("groot.txt"), day.repeat(10 * 1024 * 1024 / day.length() + 1));
    List<Path> files = List.of(file("leeg.txt", ""), file("spaties.txt", " \n\t\n"),
        file("geen-tijden.txt", "Nieuwjaarsbijeenkomst\n\nWe sluiten het jaar af met een hapje en een drankje.\n"),
        png, huge,
        file("over-ons.html", "<!DOCTYPE html><html><body><h1>Over ons</h1><p>Wij helpen gemeenten.</p></body></html>"),
        file("programme.json", "{ \"event\": { \"title\": \"x\" } }"),
        file("kapot.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:2025\n"));
    List<String> expected = List.of(
        "het bestand is leeg; zet de programmatekst erin",
        "het bestand is leeg; zet de programmatekst erin",
        "er staan geen tijden in deze tekst (zoals '10.00 – 10.30 uur Welkom'), dus er is geen programma gevonden;"
            + " zet voor elk onderdeel de begintijd aan het begin van de regel",
        "dit is geen tekstbestand maar binaire gegevens (bijvoorbeeld een PDF, Word-bestand of afbeelding); sla het"
            + " programma op als tekst (.txt), webpagina (.html), schedule.json of .ics",
        "het bestand is groter dan 2 MB; een programma van één dag is veel kleiner. Geef alleen het programma (de"
            + " tekst, de pagina of de export van die dag)",
        "deze pagina bevat geen programma: geen kop, alinea, lijst of tabelrij begint met een tijd (zoals"
            + " '10.00 – 10.30 uur Welkom'); kopieer eventueel de tekst van het programma naar een tekstbestand",
        "dit is JSON, maar geen frab/pretalx-schema (er is geen schedule.conference); is het al een programme.json?"
            + " Controleer dat dan met 'check'");
    for (int i = 0; i < files.size(); i++) {
      StringWriter before = new StringWriter();
      before.write(err.toString());
      // when
      int exit = run("import", files.get(i).toString(), "--out", temp.resolve("uit-" + i + ".json").toString());
      // then
      String said = err.toString().substring(before.toString().length());
      assertThat(exit).as(files.get(i).toString()).isEqualTo(1);
      assertThat(said).doesNotContain("Exception", "\tat ");
      if (i < expected.size()) {
        assertThat(said.lines()).containsExactly(files.get(i) + ": " + expected.get(i));
      } else {
        assertThat(said).startsWith(files.get(i) + ": geen geldig iCalendar-bestand");
      }
      assertThat(temp.resolve("uit-" + i + ".json")).doesNotExist();
    }
    assertThat(out.toString()).isEmpty();
  }
}
