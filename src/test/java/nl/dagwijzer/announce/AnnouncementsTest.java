package nl.dagwijzer.announce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.store.ScheduledAnnouncement;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.store.StateReport;
import nl.dagwijzer.testing.FlakyState;
import nl.dagwijzer.testing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AnnouncementsTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final String FULL = "De aankondiging kon niet worden opgeslagen: de schijf is vol. Ze is niet"
      + " ingepland; probeer het zo nog eens of waarschuw de beheerder van de bot.";

  @TempDir
  Path stateDir;

  private ManualClock clock;
  private ManualScheduler scheduler;
  private RecordingPoster poster;
  private final List<StateDatabase> opened = new ArrayList<>();
  private FlakyState state;
  private Announcements announcements;

  @BeforeEach
  void setUp() throws Exception {
    clock = new ManualClock(ZonedDateTime.of(2025, 3, 14, 10, 0, 0, 0, AMSTERDAM).toInstant(), AMSTERDAM);
    scheduler = new ManualScheduler(clock);
    poster = new RecordingPoster();
    state = new FlakyState(open());
    announcements = newAnnouncements(scheduler, poster, state);
    announcements.load();
    announcements.start();
  }

  @AfterEach
  void closeDatabases() {
    opened.forEach(StateDatabase::close);
  }

  private StateDatabase open() throws Exception {
    StateDatabase db = StateDatabase.open(stateDir, AMSTERDAM, clock);
    opened.add(db);
    return db;
  }

  private Announcements newAnnouncements(ManualScheduler on, RecordingPoster to, FlakyState in) {
    return new Announcements(clock, on, in.announcements(), to, () -> AMSTERDAM, Duration.ofSeconds(1));
  }

  /** A bot started anew on the same state folder: a new database connection, scheduler and poster. */
  private Announcements restart(ManualScheduler on, RecordingPoster to) throws Exception {
    announcements.stop();
    scheduler.shutdown();
    Announcements restarted = newAnnouncements(on, to, new FlakyState(open()));
    restarted.load();
    restarted.start();
    return restarted;
  }

  private StateReport report() throws Exception {
    try (StateDatabase db = StateDatabase.openForReading(stateDir, clock)) {
      return StateReport.read(db, LocalDate.of(2025, 3, 14));
    }
  }

  @Test
  @DisplayName("a scheduled announcement is posted at its time and not before, under the key a<id>")
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
    assertThat(poster.keys()).containsExactly("a1");
    assertThat(announcements.pending()).isEmpty();
    assertThat(report().finished()).containsEntry("posted", 1);
  }

  @Test
  @DisplayName("scheduled announcements are listed in time order with ids, and a cancelled one is never posted")
  void listsAndCancels() throws Exception {
    // given
    announcements.schedule("Tweede", LocalTime.of(12, 0), Optional.of("777"), "42");
    announcements.schedule("Eerste", LocalTime.of(11, 0), Optional.empty(), "42");

    // when
    var pending = announcements.pending();
    var cancelled = announcements.cancel("1");
    scheduler.advance(Duration.ofHours(3));

    // then
    assertThat(pending).extracting(a -> a.id() + " " + announcements.localTime(a.at()) + " " + a.text())
        .containsExactly("2 11:00 Eerste", "1 12:00 Tweede");
    assertThat(cancelled).map(ScheduledAnnouncement::text).contains("Tweede");
    assertThat(announcements.cancel("1")).isEmpty();
    assertThat(poster.posts()).containsExactly("-: Eerste");
  }

  @Test
  @DisplayName("a scheduled announcement is on disk when schedule returns: another connection reads it")
  void committedBeforeConfirmed() throws Exception {
    // when
    announcements.schedule("Koffie", LocalTime.of(10, 30), Optional.of("777"), "42");

    // then
    assertThat(report().scheduled()).extracting(a -> a.id() + " " + a.at().atZone(a.zone()).toLocalTime() + " "
        + a.channel().orElse("-") + " " + a.text()).containsExactly("1 10:30 777 Koffie");
  }

  @Test
  @DisplayName("a scheduled announcement survives a restart and is posted once, by the new bot")
  void survivesRestart() throws Exception {
    // given
    announcements.schedule("Na de herstart", LocalTime.of(10, 30), Optional.of("777"), "42");

    // when
    ManualScheduler second = new ManualScheduler(clock);
    RecordingPoster secondPoster = new RecordingPoster();
    Announcements restarted = restart(second, secondPoster);
    second.advance(Duration.ofMinutes(31));

    // then
    assertThat(secondPoster.posts()).containsExactly("777: Na de herstart");

    // when
    announcements = restarted;
    scheduler = second;
    ManualScheduler third = new ManualScheduler(clock);
    RecordingPoster thirdPoster = new RecordingPoster();
    restart(third, thirdPoster);
    third.advance(Duration.ofHours(1));

    // then
    assertThat(thirdPoster.posts()).isEmpty();
    assertThat(poster.posts()).isEmpty();
  }

  @Test
  @DisplayName("ids are never handed out twice, not even after a cancel and a restart")
  void idsAreNotReused() throws Exception {
    // given
    announcements.schedule("Een", LocalTime.of(11, 0), Optional.empty(), "42");
    announcements.schedule("Twee", LocalTime.of(11, 5), Optional.empty(), "42");
    announcements.cancel("2");

    // when
    Announcements restarted = restart(new ManualScheduler(clock), new RecordingPoster());
    ScheduledAnnouncement third = restarted.schedule("Drie", LocalTime.of(11, 10), Optional.empty(), "42");

    // then
    assertThat(third.id()).isEqualTo("3");
  }

  @Test
  @DisplayName("one that became due while the bot was down is posted late with a note if at most 15 minutes late")
  void postsLateWithNote() throws Exception {
    // given
    announcements.schedule("Koffie staat klaar.", LocalTime.of(10, 30), Optional.empty(), "42");
    clock.advance(Duration.ofMinutes(45));

    // when
    RecordingPoster after = new RecordingPoster();
    restart(new ManualScheduler(clock), after);

    // then
    assertThat(after.posts()).containsExactly(
        "-: Koffie staat klaar.\n\n(Deze aankondiging was gepland om 10:30 en komt wat later.)");
  }

  @Test
  @DisplayName("one more than 15 minutes late after a restart is dropped, and recorded as dropped")
  void dropsVeryLate() throws Exception {
    // given
    announcements.schedule("Koffie staat klaar.", LocalTime.of(10, 30), Optional.empty(), "42");
    clock.advance(Duration.ofMinutes(46));

    // when
    RecordingPoster after = new RecordingPoster();
    Announcements restarted = restart(new ManualScheduler(clock), after);

    // then
    assertThat(after.posts()).isEmpty();
    assertThat(restarted.pending()).isEmpty();
    assertThat(report().finished()).containsEntry("dropped", 1);
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
    Announcements noChannel = newAnnouncements(scheduler, new RecordingPoster(false), state);

    // when / then
    assertThatThrownBy(() -> noChannel.postNow("Hallo", Optional.empty()))
        .isInstanceOf(AnnouncementException.class)
        .hasMessage("Er is geen aankondigingskanaal ingesteld (DAGWIJZER_ANNOUNCE_CHANNEL); kies een kanaal.");
  }

  @Test
  @DisplayName("defect 1: an announcement that cannot be stored is refused with the reason, never listed or posted")
  void refusedWhenNotStored() throws Exception {
    // given a disk that takes no writes
    state.writesFail(true);

    // when / then
    assertThatThrownBy(() -> announcements.schedule("Lunch", LocalTime.of(11, 0), Optional.empty(), "42"))
        .isInstanceOf(AnnouncementException.class).hasMessage(FULL);
    scheduler.advance(Duration.ofHours(2));
    assertThat(announcements.pending()).isEmpty();
    assertThat(poster.posts()).isEmpty();
  }

  @Test
  @DisplayName("defect 1: a due announcement is posted before it is recorded; a failed record is retried until it"
      + " holds, and meanwhile a restart posts it again under the same key")
  void postedThenRecordedWithRetries() throws Exception {
    // given
    announcements.schedule("Lunch", LocalTime.of(11, 0), Optional.empty(), "42");
    state.writesFail(true);

    // when the announcement comes due while the disk takes no writes
    scheduler.advance(Duration.ofMinutes(61));

    // then it was posted once, is no longer listed, but the state still has it pending
    assertThat(poster.posts()).containsExactly("-: Lunch");
    assertThat(announcements.pending()).isEmpty();
    assertThat(report().scheduled()).hasSize(1);

    // when a crash restarts the bot now (the same key lets Discord show it once)
    RecordingPoster afterCrash = new RecordingPoster();
    Announcements restarted = newAnnouncements(new ManualScheduler(clock), afterCrash, new FlakyState(open()));
    restarted.load();
    restarted.start();

    // then
    assertThat(afterCrash.keys()).containsExactly("a1");
    assertThat(poster.keys()).containsExactly("a1");

    // when instead the disk recovers in the running bot
    state.writesFail(false);
    scheduler.advance(Duration.ofMinutes(5));

    // then the retry recorded it
    assertThat(report().finished()).containsEntry("posted", 1);
    assertThat(poster.posts()).containsExactly("-: Lunch");
  }

  @Test
  @DisplayName("defect 1: a cancel that cannot be stored is refused and the announcement stays scheduled")
  void cancelRefusedWhenNotStored() throws Exception {
    // given
    announcements.schedule("Lunch", LocalTime.of(11, 0), Optional.empty(), "42");
    state.writesFail(true);

    // when / then
    assertThatThrownBy(() -> announcements.cancel("1")).isInstanceOf(AnnouncementException.class)
        .hasMessage("Aankondiging 1 kon niet worden ingetrokken: de schijf is vol. Ze blijft gepland; probeer het zo"
            + " nog eens.");
    assertThat(announcements.pending()).extracting(ScheduledAnnouncement::id).containsExactly("1");
  }

  @Test
  @DisplayName("a post the platform refuses is tried again with backoff and posted once it is back")
  void retriesFailedPosts() throws Exception {
    // given
    announcements.schedule("Lunch", LocalTime.of(11, 0), Optional.empty(), "42");
    poster.failing(true);
    scheduler.advance(Duration.ofMinutes(62));

    // when
    poster.failing(false);
    scheduler.advance(Duration.ofMinutes(5));

    // then
    assertThat(poster.posts()).containsExactly("-: Lunch\n\n(Deze aankondiging was gepland om 11:00 en komt wat"
        + " later.)");
    assertThat(report().finished()).containsEntry("posted", 1);
  }

  @Test
  @DisplayName("a post refused for more than 15 minutes is given up and recorded as failed")
  void givesUpAfterTheLateLimit() throws Exception {
    // given
    announcements.schedule("Lunch", LocalTime.of(11, 0), Optional.empty(), "42");
    poster.failing(true);

    // when
    scheduler.advance(Duration.ofMinutes(80));
    poster.failing(false);
    scheduler.advance(Duration.ofMinutes(10));

    // then
    assertThat(poster.posts()).isEmpty();
    assertThat(announcements.pending()).isEmpty();
    assertThat(report().finished()).containsEntry("failed", 1);
  }
}
