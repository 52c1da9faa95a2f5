package nl.dagwijzer.announce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
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

  @BeforeEach
  void setUp() throws Exception {
    clock = new ManualClock(LocalDate.of(2025, 3, 14).atTime(LocalTime.of(9, 0)).atZone(Fixtures.AMSTERDAM)
        .toInstant(), Fixtures.AMSTERDAM);
    Path programme = dir.resolve("programme.json");
    Files.copy(Fixtures.PROGRAMME, programme);
    store = Fixtures.store(programme);
    stateDir = dir.resolve("state");
  }

  private Reminders reminders(ManualScheduler scheduler, RecordingPoster poster, int minutes) {
    return new Reminders(clock, scheduler, new StateFolder(stateDir), poster, store, Duration.ofMinutes(minutes),
        Duration.ofSeconds(1));
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
