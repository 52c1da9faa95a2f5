package nl.dagwijzer.announce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.dagwijzer.testing.ManualClock;

final class AnnouncementsTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @TempDir
  Path stateDir;

  private ManualClock clock;
  private ManualScheduler scheduler;
  private RecordingPoster poster;
  private Announcements announcements;

  @BeforeEach
  void setUp() {
    clock = new ManualClock(ZonedDateTime.of(2025, 3, 14, 10, 0, 0, 0, AMSTERDAM).toInstant(), AMSTERDAM);
    scheduler = new ManualScheduler(clock);
    poster = new RecordingPoster();
    announcements = newAnnouncements(scheduler, poster);
    announcements.start();
  }

  private Announcements newAnnouncements(ManualScheduler on, RecordingPoster to) {
    return new Announcements(clock, on, new StateFolder(stateDir), to, () -> AMSTERDAM, Duration.ofSeconds(1));
  }

  @Test
  @DisplayName("a scheduled announcement is posted at its time and not before")
  void postsAtItsTime() throws Exception {
    // given
    announcements.schedule("De lunch begint zo.", LocalTime.of(11, 0), Optional.empty(), "42");

    // when
    scheduler.advance(Duration.ofMinutes(59));

    // then
    assertThat(poster.posts()).isEmpty();

    // when
    scheduler.advance(Duration.ofMinutes(1));

    // then
    assertThat(poster.posts()).containsExactly("-: De lunch begint zo.");
    assertThat(announcements.pending()).isEmpty();
  }

  @Test
  @DisplayName("scheduled announcements are listed in time order with ids, and a cancelled one is never posted")
  void listsAndCancels() throws Exception {
    // given
    announcements.schedule("Tweede", LocalTime.of(12, 0), Optional.of("777"), "42");
    announcements.schedule("Eerste", LocalTime.of(11, 0), Optional.empty(), "42");

    // when
    var cancelled = announcements.cancel("1");
    scheduler.advance(Duration.ofHours(3));

    // then
    assertThat(cancelled).map(ScheduledAnnouncement::text).contains("Tweede");
    assertThat(announcements.cancel("1")).isEmpty();
    assertThat(poster.posts()).containsExactly("-: Eerste");
  }

  @Test
  @DisplayName("pending announcements are listed in time order")
  void listsInTimeOrder() throws Exception {
    // given
    announcements.schedule("Tweede", LocalTime.of(12, 0), Optional.of("777"), "42");
    announcements.schedule("Eerste", LocalTime.of(11, 0), Optional.empty(), "42");

    // when
    var pending = announcements.pending();

    // then
    assertThat(pending).extracting(a -> a.id() + " " + announcements.localTime(a.at()) + " " + a.text())
        .containsExactly("2 11:00 Eerste", "1 12:00 Tweede");
  }

  @Test
  @DisplayName("a scheduled announcement survives a restart and is posted once, by the new scheduler")
  void survivesRestart() throws Exception {
    // given
    announcements.schedule("Na de herstart", LocalTime.of(10, 30), Optional.of("777"), "42");
    announcements.stop();
    scheduler.shutdown();

    // when
    ManualScheduler second = new ManualScheduler(clock);
    RecordingPoster secondPoster = new RecordingPoster();
    Announcements restarted = newAnnouncements(second, secondPoster);
    restarted.start();
    second.advance(Duration.ofMinutes(31));

    // then
    assertThat(secondPoster.posts()).containsExactly("777: Na de herstart");

    // when
    restarted.stop();
    ManualScheduler third = new ManualScheduler(clock);
    RecordingPoster thirdPoster = new RecordingPoster();
    newAnnouncements(third, thirdPoster).start();
    third.advance(Duration.ofHours(1));

    // then
    assertThat(thirdPoster.posts()).isEmpty();
    assertThat(poster.posts()).isEmpty();
  }

  @Test
  @DisplayName("one that became due while the bot was down is posted late with a note if at most 15 minutes late")
  void postsLateWithNote() throws Exception {
    // given
    announcements.schedule("Koffie staat klaar.", LocalTime.of(10, 30), Optional.empty(), "42");
    announcements.stop();
    clock.advance(Duration.ofMinutes(45));

    // when
    RecordingPoster after = new RecordingPoster();
    newAnnouncements(new ManualScheduler(clock), after).start();

    // then
    assertThat(after.posts()).containsExactly(
        "-: Koffie staat klaar.\n\n(Deze aankondiging was gepland om 10:30 en komt wat later.)");
  }

  @Test
  @DisplayName("one more than 15 minutes late after a restart is dropped")
  void dropsVeryLate() throws Exception {
    // given
    announcements.schedule("Koffie staat klaar.", LocalTime.of(10, 30), Optional.empty(), "42");
    announcements.stop();
    clock.advance(Duration.ofMinutes(46));

    // when
    RecordingPoster after = new RecordingPoster();
    Announcements restarted = newAnnouncements(new ManualScheduler(clock), after);
    restarted.start();

    // then
    assertThat(after.posts()).isEmpty();
    assertThat(restarted.pending()).isEmpty();
  }

  @Test
  @DisplayName("a time that has passed today is refused in Dutch")
  void refusesPastTime() {
    // when / then
    assertThatThrownBy(() -> announcements.schedule("Te laat", LocalTime.of(9, 0), Optional.empty(), "42"))
        .isInstanceOf(AnnouncementException.class)
        .hasMessage("Het is al 10:00, dus 09:00 is voorbij. Kies een latere tijd, of laat 'om' weg om nu te posten.");
  }

  @Test
  @DisplayName("without an announcements channel an announcement needs a channel")
  void needsAChannel() {
    // given
    Announcements noChannel = newAnnouncements(scheduler, new RecordingPoster(false));

    // when / then
    assertThatThrownBy(() -> noChannel.postNow("Hallo", Optional.empty()))
        .isInstanceOf(AnnouncementException.class)
        .hasMessage("Er is geen aankondigingskanaal ingesteld (DAGWIJZER_ANNOUNCE_CHANNEL); kies een kanaal.");
  }

  @Test
  @DisplayName("the state file is replaced atomically and leaves no temporary files")
  void writesStateAtomically() throws Exception {
    // when
    announcements.schedule("Een", LocalTime.of(11, 0), Optional.empty(), "42");
    announcements.schedule("Twee", LocalTime.of(11, 5), Optional.empty(), "42");

    // then
    try (var files = Files.list(stateDir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("announcements.json");
    }
  }
}
