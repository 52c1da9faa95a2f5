package nl.dagwijzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.store.PersonalChoices;
import nl.dagwijzer.store.PersonalMessages;
import nl.dagwijzer.store.PersonalState;
import nl.dagwijzer.store.ReminderLog;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.testing.Fixtures;
import nl.dagwijzer.testing.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("check-state")
final class CheckStateCommandTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
  private final ManualClock clock = Fixtures.clockAt(DAY, LocalTime.of(9, 0));
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private int run(Map<String, String> environment, String... args) {
    CommandLine commandLine = Main.commandLine(environment, clock, new ByteArrayInputStream(new byte[0]));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  @DisplayName("prints the scheduled announcements and today's reminders of the state folder, exit 0")
  void printsTheState() throws Exception {
    // given a state with two announcements (one cancelled) and a reminder posted today
    try (StateDatabase db = StateDatabase.open(dir, Fixtures.AMSTERDAM, clock)) {
      db.announcements().add("Koffie staat\nklaar.", LocalDate.of(2025, 3, 14).atTime(10, 30)
          .atZone(Fixtures.AMSTERDAM).toInstant(), Fixtures.AMSTERDAM, Optional.of("777"), "42");
      db.announcements().add("Weg", clock.instant().plusSeconds(60), Fixtures.AMSTERDAM, Optional.empty(), "42");
      db.announcements().cancel("2");
      db.reminders().record(List.of(new ReminderLog.Key(DAY, LocalTime.of(10, 0), "welkom")));
    }

    // when
    int exit = run(Map.of("DAGWIJZER_STATE_DIR", dir.toString()), "check-state");

    // then
    assertThat(exit).isZero();
    assertThat(out.toString().lines()).containsExactly(
        dir.resolve("dagwijzer.db") + " is in orde (schema 2).",
        "Geplande aankondigingen: 1",
        "  1  2025-03-14 10:30 (Europe/Amsterdam)  kanaal 777: Koffie staat klaar.",
        "Herinneringen geplaatst op 2025-03-14: 1",
        "  10:00  welkom (vastgelegd 08:00:00 UTC)",
        "Afgehandelde aankondigingen: 0 geplaatst, 1 ingetrokken, 0 vervallen (te laat na een herstart), 0 mislukt.",
        "Eigen programma's op 2025-03-14: 0 gebruikers, 0 keuzes",
        "Persoonlijke berichten op 2025-03-14: geen",
        "Onbeantwoorde vragen sinds 2025-03-14: 0 verschillende");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  @DisplayName("shows the day's personal programmes as counts per session and per kind of message, never who")
  void personalProgrammes() throws Exception {
    // given two users who chose workshops, one reminder sent and one not delivered, one unanswered question
    try (StateDatabase db = StateDatabase.open(dir, Fixtures.AMSTERDAM, clock)) {
      PersonalState personal = db.personal();
      personal.choices().choose(choice("1001", "workshop-breda", "Workshop Breda"), List.of());
      personal.choices().choose(choice("1002", "workshop-breda", "Workshop Breda"), List.of());
      personal.choices().choose(choice("1002", "lunch", "Lunch"), List.of());
      personal.messages().record(new PersonalMessages.Key("1001", DAY, PersonalMessages.Kind.REMINDER,
          "workshop-breda", LocalTime.of(11, 0)), true, Optional.empty(), clock.instant());
      personal.messages().record(new PersonalMessages.Key("1002", DAY, PersonalMessages.Kind.REMINDER,
          "workshop-breda", LocalTime.of(11, 0)), false, Optional.of("DM's staan dicht"), clock.instant());
      personal.unanswered().record(DAY, "is er wifi", clock.instant(), 1_000);
    }

    // when
    int exit = run(Map.of(), "check-state", "--state", dir.toString());

    // then
    assertThat(exit).isZero();
    assertThat(out.toString().lines()).endsWith(
        "Eigen programma's op 2025-03-14: 2 gebruikers, 3 keuzes",
        "  11:00  Workshop Breda: 2",
        "  12:30  Lunch: 1",
        "Persoonlijke berichten op 2025-03-14: 1 herinnering, 1 herinnering (niet bezorgd)",
        "Onbeantwoorde vragen sinds 2025-03-14: 1 verschillende");
    // the folder's random name may hold any digits, so only the report after it must not name a user
    assertThat(out.toString().replace(dir.toString(), "<map>")).doesNotContain("1001", "1002");
  }

  private PersonalChoices.Choice choice(String user, String session, String title) {
    LocalTime start = session.equals("lunch") ? LocalTime.of(12, 30) : LocalTime.of(11, 0);
    return new PersonalChoices.Choice(user, DAY, session, title, start, start.plusMinutes(30), clock.instant());
  }

  @Test
  @DisplayName("--state and --datum choose the folder and the day")
  void options() throws Exception {
    // given
    try (StateDatabase db = StateDatabase.open(dir, Fixtures.AMSTERDAM, clock)) {
      db.reminders().record(List.of(new ReminderLog.Key(DAY.minusDays(1), LocalTime.of(10, 0), "welkom")));
    }

    // when
    int exit = run(Map.of(), "check-state", "--state", dir.toString(), "--datum", "2025-03-13");

    // then
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Herinneringen geplaatst op 2025-03-13: 1\n  10:00  welkom");
  }

  @Test
  @DisplayName("a folder without a database: one Dutch line, exit 1")
  void noDatabase() {
    // when
    int exit = run(Map.of(), "check-state", "--state", dir.toString());

    // then
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactly(dir.resolve("dagwijzer.db") + " bestaat niet: de bot heeft in "
        + dir + " nog niets opgeslagen. Controleer de map (DAGWIJZER_STATE_DIR).");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  @DisplayName("a damaged database: one Dutch line, exit 1, the file untouched")
  void damaged() throws Exception {
    // given
    Path file = Files.writeString(dir.resolve("dagwijzer.db"), "geen database".repeat(100));

    // when
    int exit = run(Map.of(), "check-state", "--state", dir.toString());

    // then
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactly(file + " kan niet worden geopend: het bestand is beschadigd"
        + " of geen SQLite-database. Zet een reservekopie terug, of verplaats het bestand om met een lege staat te"
        + " beginnen.");
    assertThat(Files.readString(file)).isEqualTo("geen database".repeat(100));
  }
}
