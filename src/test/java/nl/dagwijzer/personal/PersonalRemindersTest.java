package nl.dagwijzer.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.dagwijzer.store.PersonalMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Personal reminders: due times, no duplicates, moved and removed sessions, settings, failures")
final class PersonalRemindersTest {
  private static final String BREDA = "Over 10 minuten begint ‘Workshop Breda’ (45 minuten, ergens tussen 11:00 en"
      + " 12:30), met Michiel Luigjes.\nGeen herinneringen meer? Gebruik /herinneringen aan:false.";
  private static final String BREDA_BLOCK = "\"start\": \"11:00\",\n      \"end\": \"12:30\",\n      \"durationMinutes\": 45,"
      + "\n      \"speakers\": [\"michiel-luigjes\"]";
  private static final String BREDA_MOVED = "\"start\": \"13:00\",\n      \"end\": \"13:45\",\n      \"durationMinutes\": 45,"
      + "\n      \"speakers\": [\"michiel-luigjes\"]";
  private static final String LUNCH = ",\n    {\n      \"id\": \"lunch\",\n      \"title\": \"Lunch\",\n      \"kind\":"
      + " \"break\",\n      \"start\": \"12:30\",\n      \"end\": \"13:00\",\n      \"aliases\": [\"middageten\"]\n    }";

  @TempDir
  Path dir;
  private PersonalDay day;
  private PersonalReminders reminders;

  @BeforeEach
  void setUp() throws Exception {
    day = new PersonalDay(dir);
  }

  @AfterEach
  void tearDown() {
    if (reminders != null) {
      reminders.stop();
    }
    day.close();
  }

  private void choose(String user, String session) throws Exception {
    day.choices.choose(user, day.store.current().session(session).orElseThrow());
  }

  private void start(int minutes) throws Exception {
    reminders = day.reminders(minutes);
    reminders.start();
  }

  private void until(String time) {
    day.scheduler.advance(Duration.between(day.clock.instant(),
        PersonalDay.DAY.atTime(java.time.LocalTime.parse(time)).atZone(day.clock.getZone()).toInstant()));
  }

  @Test
  @DisplayName("a chosen session is reminded by DM exactly at 10 minutes before, once")
  void dueOnce() throws Exception {
    // given
    choose("1001", "workshop-breda");
    start(10);

    // when
    until("10:49:59");
    List<String> early = day.messages.sent();
    until("10:50");
    List<String> due = day.messages.sent();
    until("11:05");

    // then
    assertThat(early).isEmpty();
    assertThat(due).containsExactly("1001: " + BREDA);
    assertThat(day.messages.sent()).containsExactly("1001: " + BREDA);
  }

  @Test
  @DisplayName("after a restart a reminder already sent is not sent again")
  void noDuplicateAfterRestart() throws Exception {
    // given
    choose("1001", "workshop-breda");
    start(10);
    until("10:51");
    reminders.stop();

    // when
    day.restart();
    start(10);
    until("10:59");

    // then
    assertThat(day.messages.sent()).containsExactly("1001: " + BREDA);
  }

  @Test
  @DisplayName("a bot started two minutes before a session still reminds; one started after it began does not")
  void startedLate() throws Exception {
    // given
    choose("1001", "workshop-breda");
    choose("1001", "koffiepauze");
    day.at("10:58");

    // when
    start(10);
    until("10:59");

    // then
    assertThat(day.messages.sent()).containsExactly("1001: Over 2 minuten begint ‘Workshop Breda’ (45 minuten,"
        + " ergens tussen 11:00 en 12:30), met Michiel Luigjes.\nGeen herinneringen meer? Gebruik /herinneringen"
        + " aan:false.");
  }

  @Test
  @DisplayName("a reload that moves a chosen session: one DM about it, and the reminder at the new time only")
  void movedSession() throws Exception {
    // given
    choose("1001", "workshop-breda");
    start(10);

    // when
    day.reload(BREDA_BLOCK, BREDA_MOVED);
    List<String> told = day.messages.sent();
    until("12:49");
    List<String> beforeNewTime = day.messages.sent();
    until("12:51");

    // then
    String moved = "1001: Gewijzigd in je programma: ‘Workshop Breda’ is verplaatst naar 13:00–13:45 (was"
        + " 11:00–12:30).";
    assertThat(told).containsExactly(moved);
    assertThat(beforeNewTime).containsExactly(moved);
    assertThat(day.messages.sent()).containsExactly(moved, "1001: Over 10 minuten begint ‘Workshop Breda’"
        + " (13:00–13:45), met Michiel Luigjes.\nGeen herinneringen meer? Gebruik /herinneringen aan:false.");
  }

  @Test
  @DisplayName("a reload that removes a chosen session: one DM, it leaves the programme, no reminder; a later reload"
      + " tells nothing again")
  void removedSession() throws Exception {
    // given
    choose("1001", "lunch");
    start(10);

    // when
    day.reload(LUNCH, "");
    day.reload("\"title\": \"Welkom\"", "\"title\": \"Welkom!\"");
    until("12:45");

    // then
    assertThat(day.messages.sent()).containsExactly("1001: Gewijzigd in je programma: ‘Lunch’ (12:30–13:00) staat"
        + " niet meer in het programma en is uit je programma gehaald.");
    assertThat(day.choices.of("1001")).isEmpty();
  }

  @Test
  @DisplayName("a move made while the bot was down is told at the next start")
  void movedWhileDown() throws Exception {
    // given
    choose("1001", "workshop-breda");
    day.reload(BREDA_BLOCK, BREDA_MOVED);

    // when
    start(10);
    day.scheduler.runDue();

    // then
    assertThat(day.messages.sent()).containsExactly("1001: Gewijzigd in je programma: ‘Workshop Breda’ is"
        + " verplaatst naar 13:00–13:45 (was 11:00–12:30).");
  }

  @Test
  @DisplayName("a user who turned reminders off gets none; with reminders off on the server moves are still told")
  void off() throws Exception {
    // given
    choose("1001", "workshop-breda");
    choose("1002", "workshop-breda");
    day.state.settings().set("1002", false);
    start(10);

    // when
    until("10:51");

    // then
    assertThat(day.messages.sent()).containsExactly("1001: " + BREDA);

    // and when the server sends no reminders
    reminders.stop();
    PersonalDay other = new PersonalDay(dir.resolve("zonder"));
    try {
      other.choices.choose("1003", other.store.current().session("workshop-breda").orElseThrow());
      PersonalReminders none = other.reminders(0);
      none.start();
      other.reload(BREDA_BLOCK, BREDA_MOVED);
      other.scheduler.advance(Duration.ofHours(3));
      none.stop();
      assertThat(other.messages.sent()).containsExactly("1003: Gewijzigd in je programma: ‘Workshop Breda’ is"
          + " verplaatst naar 13:00–13:45 (was 11:00–12:30).");
    } finally {
      other.close();
    }
  }

  @Test
  @DisplayName("closed DMs: tried once, recorded as not delivered, never tried again, shown in the user's day")
  void closedDirectMessages() throws Exception {
    // given
    day.messages.close("1001");
    choose("1001", "workshop-breda");
    start(10);

    // when
    until("10:59");

    // then
    assertThat(day.messages.attempts()).hasSize(1);
    assertThat(day.state.messages().of("1001", PersonalDay.DAY)).singleElement().satisfies(entry -> {
      assertThat(entry.delivered()).isFalse();
      assertThat(entry.key().kind()).isEqualTo(PersonalMessages.Kind.REMINDER);
      assertThat(entry.reason()).contains("je privéberichten staan dicht");
    });
    assertThat(day.myDays(10).of("1001").undelivered()).containsExactly("10:50, herinnering voor ‘Workshop Breda’: je"
        + " privéberichten staan dicht");
  }

  @Test
  @DisplayName("a failure that may pass is tried again with backoff under the same key, and sent once")
  void transientFailure() throws Exception {
    // given
    choose("1001", "workshop-breda");
    day.messages.failNext(2);
    start(10);

    // when
    until("10:51");

    // then
    assertThat(day.messages.attempts()).hasSize(3).containsOnly(day.messages.attempts().get(0));
    assertThat(day.messages.sent()).containsExactly("1001: " + BREDA);
  }

  @Test
  @DisplayName("a failure that keeps coming is given up when the session begins, recorded, and not tried forever")
  void givenUp() throws Exception {
    // given
    choose("1001", "workshop-breda");
    day.messages.failNext(1_000);
    start(10);

    // when
    until("11:30");

    // then
    int attempts = day.messages.attempts().size();
    assertThat(attempts).isBetween(5, 20);
    assertThat(day.state.messages().of("1001", PersonalDay.DAY)).singleElement()
        .satisfies(entry -> assertThat(entry.reason()).contains("kon niet op tijd worden bezorgd"));
    until("12:30");
    assertThat(day.messages.attempts()).hasSize(attempts);
  }

  @Test
  @DisplayName("a session chosen by several users reminds each of them")
  void severalUsers() throws Exception {
    // given
    choose("1001", "workshop-breda");
    choose("1002", "workshop-breda");
    choose("1002", "lunch");
    start(10);

    // when
    until("12:21");

    // then
    assertThat(day.messages.sent()).extracting(m -> m.substring(0, m.indexOf(':', 5) + 1))
        .containsExactlyInAnyOrder("1001: Over 10 minuten begint ‘Workshop Breda’ (45 minuten, ergens tussen 11:",
            "1002: Over 10 minuten begint ‘Workshop Breda’ (45 minuten, ergens tussen 11:",
            "1002: Over 10 minuten begint de lunch (12:");
  }
}
