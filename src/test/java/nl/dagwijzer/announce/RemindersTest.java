package nl.dagwijzer.announce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.store.StoreException;
import nl.dagwijzer.testing.FlakyState;
import org.junit.jupiter.api.AfterEach;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.dagwijzer.testing.ManualClock;

final class RemindersTest {
  @TempDir
  Path dir;

  private ManualClock clock;
  private ProgrammeStore store;
  private Path stateDir;
  private final List<StateDatabase> opened = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    clock = new ManualClock(LocalDate.of(2025, 3, 14).atTime(LocalTime.of(9, 0)).atZone(Fixtures.AMSTERDAM)
        .toInstant(), Fixtures.AMSTERDAM);
    Path programme = dir.resolve("programme.json");
    Files.copy(Fixtures.PROGRAMME, programme);
    store = Fixtures.store(programme);
    stateDir = dir.resolve("state");
  }

  @AfterEach
  void closeDatabases() {
    opened.forEach(StateDatabase::close);
  }

  private FlakyState state() {
    try {
      StateDatabase db = StateDatabase.open(stateDir, Fixtures.AMSTERDAM, clock);
      opened.add(db);
      return new FlakyState(db);
    } catch (StoreException e) {
      throw new IllegalStateException(e);
    }
  }

  private Reminders reminders(ManualScheduler scheduler, RecordingPoster poster, int minutes) {
    return reminders(scheduler, poster, minutes, state());
  }

  private Reminders reminders(ManualScheduler scheduler, RecordingPoster poster, int minutes, FlakyState state) {
    Reminders reminders = new Reminders(clock, scheduler, state.reminders(), poster, store,
        Duration.ofMinutes(minutes), Duration.ofSeconds(1));
    try {
      reminders.load();
    } catch (StoreException e) {
      throw new IllegalStateException(e);
    }
    return reminders;
  }

  @Test
  @DisplayName("one reminder per slot, 5 minutes before it starts; parallel workshops share one")
  void remindsEverySlot() {
    // given
    ManualScheduler scheduler = new ManualScheduler(clock);
    RecordingPoster poster = new RecordingPoster();
    reminders(scheduler, poster, 5).start();

    // when
    scheduler.advance(Duration.ofMinutes(54));

    // then
    assertThat(poster.posts()).isEmpty();

    // when
    scheduler.advance(Duration.ofHours(4));

    // then
    assertThat(poster.posts()).containsExactly(
        "-: Over 5 minuten: Welkom, 10:00–10:05 (Gertru Diender)",
        "-: Over 5 minuten: Algemene inleiding over coöperatief ondernemen, 10:05–10:25 (Bob de Levita en David"
            + " Sondorp)",
        "-: Over 5 minuten: Hoe benadert de gemeente Amsterdam coöperatief ondernemen?, 10:25–10:45 (Maartje Bos)",
        "-: Over 5 minuten: Koffiepauze, 10:45–10:55",
        "-: Over 5 minuten: Workshops, 11:00–12:30: Amsterdam (Maartje Bos), Zoetermeer (Annemiek Enter), Breda"
            + " (Michiel Luigjes)",
        "-: Over 5 minuten: Lunch, 12:30–13:00");
  }

  @Test
  @DisplayName("a restart does not repeat a reminder, and one started late still reminds with the minutes left")
  void noDuplicatesAcrossRestarts() {
    // given
    ManualScheduler first = new ManualScheduler(clock);
    RecordingPoster before = new RecordingPoster();
    Reminders running = reminders(first, before, 5);
    running.start();
    first.advance(Duration.ofMinutes(56));
    running.stop();

    // when
    clock.advance(Duration.ofMinutes(2));
    ManualScheduler second = new ManualScheduler(clock);
    RecordingPoster after = new RecordingPoster();
    reminders(second, after, 5).start();
    second.advance(Duration.ofMinutes(10));

    // then
    assertThat(before.posts()).containsExactly("-: Over 5 minuten: Welkom, 10:00–10:05 (Gertru Diender)");
    assertThat(after.posts()).containsExactly(
        "-: Over 5 minuten: Algemene inleiding over coöperatief ondernemen, 10:05–10:25 (Bob de Levita en David"
            + " Sondorp)");
  }

  @Test
  @DisplayName("after a reload a moved session is reminded at its new time and a removed one not at all")
  void followsReload() throws Exception {
    // given
    ManualScheduler scheduler = new ManualScheduler(clock);
    RecordingPoster poster = new RecordingPoster();
    reminders(scheduler, poster, 5).start();
    scheduler.advance(Duration.ofMinutes(100));
    poster.clear();
    String original = Files.readString(Fixtures.PROGRAMME);
    String changed = original
        .replaceFirst("(\"id\": \"workshop-breda\",[^}]*?\"start\": )\"11:00\",(\\s*\"end\": )\"12:30\"",
            "$1\"13:00\",$2\"13:45\"")
        .replaceFirst("\"aliases\": \\[\"middageten\"]", "\"aliases\": [\"middageten\"], \"room\": \"Foyer\"");

    // when
    store.replace(changed.getBytes(StandardCharsets.UTF_8));
    scheduler.advance(Duration.ofHours(4));

    // then
    assertThat(poster.posts()).containsExactly(
        "-: Over 5 minuten: Workshops, 11:00–12:30: Amsterdam (Maartje Bos), Zoetermeer (Annemiek Enter)",
        "-: Over 5 minuten: Lunch, 12:30–13:00 (Foyer)",
        "-: Over 5 minuten: Workshop Breda, 13:00–13:45 (Michiel Luigjes)");
  }

  @Test
  @DisplayName("a session removed by a reload is not reminded")
  void removedIsNotReminded() throws Exception {
    // given
    ManualScheduler scheduler = new ManualScheduler(clock);
    RecordingPoster poster = new RecordingPoster();
    reminders(scheduler, poster, 5).start();
    scheduler.advance(Duration.ofMinutes(100));
    poster.clear();
    String original = Files.readString(Fixtures.PROGRAMME);
    String withoutLunch = original.replaceFirst(",\\s*\\{\\s*\"id\": \"lunch\"[^}]*}", "");

    // when
    store.replace(withoutLunch.getBytes(StandardCharsets.UTF_8));
    scheduler.advance(Duration.ofHours(4));

    // then
    assertThat(poster.posts()).containsExactly(
        "-: Over 5 minuten: Workshops, 11:00–12:30: Amsterdam (Maartje Bos), Zoetermeer (Annemiek Enter), Breda"
            + " (Michiel Luigjes)");
  }

  @Test
  @DisplayName("0 minutes turns reminders off")
  void off() {
    // given
    ManualScheduler scheduler = new ManualScheduler(clock);
    RecordingPoster poster = new RecordingPoster();

    // when
    reminders(scheduler, poster, 0).start();
    scheduler.advance(Duration.ofHours(5));

    // then
    assertThat(poster.posts()).isEmpty();
    assertThat(scheduler.scheduledTasks()).isZero();
  }

  @Test
  @DisplayName("defect 1: a reminder whose record fails is still posted, recorded once the disk recovers, and never"
      + " posted twice by the running bot")
  void postedThenRecorded() throws Exception {
    // given a state whose writes fail
    ManualScheduler scheduler = new ManualScheduler(clock);
    RecordingPoster poster = new RecordingPoster();
    FlakyState state = state();
    reminders(scheduler, poster, 5, state).start();
    state.writesFail(true);

    // when the first reminder comes due (09:55) and the disk recovers at 09:56
    scheduler.advance(Duration.ofMinutes(56));
    state.writesFail(false);
    scheduler.advance(Duration.ofMinutes(2));

    // then it was posted once, and a bot restarted at 09:58 does not post it again
    assertThat(poster.posts()).containsExactly("-: Over 5 minuten: Welkom, 10:00–10:05 (Gertru Diender)");
    RecordingPoster after = new RecordingPoster();
    ManualScheduler restarted = new ManualScheduler(clock);
    reminders(restarted, after, 5).start();
    restarted.advance(Duration.ofMinutes(1));
    assertThat(after.posts()).isEmpty();
  }

  @Test
  @DisplayName("a reminder posted but not yet recorded when the bot crashes is posted again under the same key")
  void sameKeyAfterCrash() {
    // given
    ManualScheduler scheduler = new ManualScheduler(clock);
    RecordingPoster poster = new RecordingPoster();
    FlakyState state = state();
    reminders(scheduler, poster, 5, state).start();
    state.writesFail(true);
    scheduler.advance(Duration.ofMinutes(56));

    // when the bot is restarted (the first never recorded it)
    RecordingPoster after = new RecordingPoster();
    ManualScheduler restarted = new ManualScheduler(clock);
    reminders(restarted, after, 5).start();
    restarted.runDue();

    // then
    assertThat(poster.keys()).hasSize(1);
    assertThat(after.keys()).isEqualTo(poster.keys());
    assertThat(after.keys().get(0)).matches("r[0-9a-f]{11}");
  }

  @Test
  @DisplayName("a reminder the platform refuses is tried again while its slot has not begun")
  void retriesWhileTheSlotHasNotBegun() {
    // given
    ManualScheduler scheduler = new ManualScheduler(clock);
    RecordingPoster poster = new RecordingPoster();
    reminders(scheduler, poster, 5).start();
    poster.failing(true);
    scheduler.advance(Duration.ofMinutes(57));

    // when
    poster.failing(false);
    scheduler.advance(Duration.ofSeconds(30));

    // then
    assertThat(poster.posts()).containsExactly("-: Over 3 minuten: Welkom, 10:00–10:05 (Gertru Diender)");
  }

  @Test
  @DisplayName("the rehearsal clock starts at the given time and runs N times faster")
  void rehearsalClock() {
    // given
    RehearsalClock rehearsal = new RehearsalClock(clock,
        LocalDate.of(2025, 3, 14).atTime(10, 50).atZone(Fixtures.AMSTERDAM).toInstant(), 60);

    // when
    clock.advance(Duration.ofSeconds(10));

    // then
    assertThat(rehearsal.instant().atZone(Fixtures.AMSTERDAM).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
  }
}
