package nl.dagwijzer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.testing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("State of version 2: personal choices, settings, messages, unanswered questions, Discord events")
final class PersonalStateTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
  private final ManualClock clock = new ManualClock(Instant.parse("2025-03-14T09:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;
  private StateDatabase db;
  private PersonalState state;

  @BeforeEach
  void open() throws Exception {
    db = StateDatabase.open(dir, AMSTERDAM, clock);
    state = db.personal();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private PersonalChoices.Choice choice(String user, String session, String start) {
    return new PersonalChoices.Choice(user, DAY, session, "Titel " + session, LocalTime.parse(start),
        LocalTime.parse(start).plusMinutes(90), clock.instant());
  }

  @Test
  @DisplayName("a choice replaces the ones it names in the same transaction, and stays after a restart")
  void chooseReplaces() throws Exception {
    // given
    state.choices().choose(choice("1001", "workshop-zoetermeer", "11:00"), List.of());
    state.choices().choose(choice("1001", "lunch", "12:30"), List.of());

    // when
    state.choices().choose(choice("1001", "workshop-breda", "11:00"), List.of("workshop-zoetermeer"));
    db.close();
    db = StateDatabase.open(dir, AMSTERDAM, clock);

    // then
    assertThat(db.personal().choices().of("1001", DAY)).extracting(PersonalChoices.Choice::sessionId)
        .containsExactly("workshop-breda", "lunch");
    assertThat(db.personal().choices().of("1002", DAY)).isEmpty();
  }

  @Test
  @DisplayName("a choice is forgotten, moved to the block the user was told, and old days are dropped")
  void forgetMoveAndExpire() throws Exception {
    // given
    state.choices().choose(choice("1001", "workshop-breda", "11:00"), List.of());
    state.choices().choose(choice("1002", "workshop-breda", "11:00"), List.of());
    state.choices().choose(new PersonalChoices.Choice("1001", DAY.minusDays(20), "lunch", "Lunch",
        LocalTime.NOON, LocalTime.of(13, 0), clock.instant()), List.of());

    // when
    boolean forgotten = state.choices().forget("1002", DAY, "workshop-breda");
    boolean again = state.choices().forget("1002", DAY, "workshop-breda");
    state.choices().move("1001", DAY, "workshop-breda", LocalTime.of(13, 0), LocalTime.of(13, 45));
    state.choices().forgetBefore(DAY.minusDays(14));

    // then
    assertThat(forgotten).isTrue();
    assertThat(again).isFalse();
    assertThat(state.choices().on(DAY)).extracting(c -> c.userId() + " " + c.sessionId() + " " + c.start() + "-"
        + c.end()).containsExactly("1001 workshop-breda 13:00-13:45");
    assertThat(state.choices().ofSessions(DAY, List.of("workshop-breda", "lunch"))).hasSize(1);
    assertThat(state.choices().of("1001", DAY.minusDays(20))).isEmpty();
  }

  @Test
  @DisplayName("reminders are on until a user turns them off, and on again")
  void settings() throws Exception {
    // when
    state.settings().set("1001", false);
    state.settings().set("1002", false);
    state.settings().set("1002", true);

    // then
    assertThat(state.settings().enabled("1001")).isFalse();
    assertThat(state.settings().enabled("1002")).isTrue();
    assertThat(state.settings().enabled("1003")).isTrue();
    assertThat(state.settings().disabledAmong(List.of("1001", "1002", "1003"))).isEqualTo(Set.of("1001"));
  }

  @Test
  @DisplayName("a personal message is recorded once: a later record of the same key changes nothing")
  void messagesOnce() throws Exception {
    // given
    PersonalMessages.Key key = new PersonalMessages.Key("1001", DAY, PersonalMessages.Kind.REMINDER,
        "workshop-breda", LocalTime.of(11, 0));

    // when
    state.messages().record(key, false, Optional.of("je privéberichten staan dicht"), clock.instant());
    clock.advance(java.time.Duration.ofMinutes(1));
    state.messages().record(key, true, Optional.empty(), clock.instant());

    // then
    assertThat(state.messages().of("1001", DAY)).containsExactly(new PersonalMessages.Entry(key, false,
        Instant.parse("2025-03-14T09:00:00Z"), Optional.of("je privéberichten staan dicht")));
    assertThat(state.messages().on(DAY)).hasSize(1);
    state.messages().forgetBefore(DAY.plusDays(1));
    assertThat(state.messages().on(DAY)).isEmpty();
  }

  @Test
  @DisplayName("unanswered questions: counted per day, added up over days, most asked first, capped, cleared")
  void unanswered() throws Exception {
    // given
    UnansweredLog log = state.unanswered();
    Instant first = Instant.parse("2025-03-13T10:00:00Z");
    Instant last = Instant.parse("2025-03-14T11:30:00Z");
    log.record(DAY.minusDays(1), "wat is het wifi wachtwoord", first, 3);
    log.record(DAY, "wat is het wifi wachtwoord", last, 3);
    log.record(DAY, "waar kan ik parkeren", first, 3);
    log.record(DAY, "is er een garderobe", first, 3);

    // when
    boolean fourth = log.record(DAY, "mag mijn hond mee", first, 3);
    boolean counted = log.record(DAY, "waar kan ik parkeren", first, 3);

    // then
    assertThat(fourth).as("a fourth new text on a day with a cap of 3").isFalse();
    assertThat(counted).isTrue();
    assertThat(log.top(DAY.minusDays(13), 2)).containsExactly(
        new UnansweredLog.Question("wat is het wifi wachtwoord", 2, last),
        new UnansweredLog.Question("waar kan ik parkeren", 2, first));
    assertThat(log.top(DAY, 10)).extracting(UnansweredLog.Question::count).containsExactly(2, 1, 1);
    log.forgetBefore(DAY);
    assertThat(log.top(DAY.minusDays(13), 10)).extracting(UnansweredLog.Question::text)
        .containsExactly("waar kan ik parkeren", "wat is het wifi wachtwoord", "is er een garderobe");
    assertThat(log.clear()).isEqualTo(3);
    assertThat(log.top(DAY.minusDays(13), 10)).isEmpty();
  }

  @Test
  @DisplayName("the table of unanswered questions has no column for who asked")
  void noUserIds() throws Exception {
    // when
    List<String> columns = db.read("columns", c -> {
      List<String> names = new java.util.ArrayList<>();
      try (Statement s = c.createStatement(); var r = s.executeQuery("PRAGMA table_info(unanswered_question)")) {
        while (r.next()) {
          names.add(r.getString("name"));
        }
      }
      return names;
    });

    // then
    assertThat(columns).containsExactly("day", "text", "count", "last_asked");
  }

  @Test
  @DisplayName("an event link replaces an earlier link of the same session on the same day and server")
  void eventLinks() throws Exception {
    // given
    state.events().add(new EventLinks.Link("g1", "e1", DAY, "lunch"));
    state.events().add(new EventLinks.Link("g1", "e2", DAY, "welkom"));
    state.events().add(new EventLinks.Link("g2", "e9", DAY, "lunch"));

    // when
    state.events().add(new EventLinks.Link("g1", "e3", DAY, "lunch"));
    state.events().remove("g1", "e2");

    // then
    assertThat(state.events().of("g1")).containsExactly(new EventLinks.Link("g1", "e3", DAY, "lunch"));
    assertThat(state.events().of("g2")).hasSize(1);
  }

  @Test
  @DisplayName("a database of version 1 is brought to version 2 at start and keeps its announcements")
  void migratesVersionOne() throws Exception {
    // given a database made by the version before this one
    Path old = dir.resolve("oud");
    java.nio.file.Files.createDirectories(old);
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old.resolve(StateDatabase.FILE))) {
      new Migrations(List.of("V1__announcements_and_reminders.sql")).apply(c, clock, "test");
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO announcement (text, due_at, zone, author_id, created_at)"
            + " VALUES ('Lunch', 0, 'Europe/Amsterdam', '1', 0)");
      }
    }

    // when
    try (StateDatabase migrated = StateDatabase.open(old, AMSTERDAM, clock)) {
      // then
      assertThat(migrated.read("version", Migrations::version)).isEqualTo(2);
      assertThat(migrated.announcements().pending()).extracting(ScheduledAnnouncement::text).containsExactly("Lunch");
      assertThat(migrated.personal().choices().on(DAY)).isEmpty();
    }
  }
}
