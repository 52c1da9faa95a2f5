package nl.dagwijzer.e2e;

import static nl.dagwijzer.e2e.FaultRig.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.dagwijzer.e2e.local.LocalInteraction;
import nl.dagwijzer.e2e.local.PostedMessage;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.store.StateReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot jar killed with SIGKILL (kill -9) again and again while the organiser schedules announcements and reminders
 * fire, each time restarted on the same state folder, against the local Discord (which, like Discord, answers a
 * repeated nonce with the message it already has). The rehearsal clock runs 30 times real speed on one time line
 * across the restarts, so announcements also come due while the bot is down (posted late after the restart; a
 * restart taking up to 30 s stays within the 15 minutes after which a late one would be dropped). At seeded random moments: after a random time, or just after the bot posted in the
 * announcements channel (the instant between "Discord accepted it" and "recorded as posted").
 *
 * <p>Shows: every announcement the organiser was told is scheduled is posted exactly once, none is dropped or lost;
 * one whose confirmation the kill cut off is posted at most once; no reminder is posted twice.
 */
@DisplayName("kill -9 at random moments, restart on the same state: nothing lost, nothing twice")
final class CrashIT {
  private static final long SEED = 20_251_128L;
  private static final int KILLS = 5;
  private static final int SPEED = 30;
  private static final LocalTime START = LocalTime.of(9, 56);
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  @TempDir
  Path dir;

  private FaultRig rig;
  private ScheduledExecutorService timer;
  private long originNanos;
  /** When to kill (test thread only). */
  private final Random kills = new Random(SEED);
  /** What the organiser schedules (the organiser's thread only). */
  private final Random organiser = new Random(SEED + 1);
  private final Map<String, String> scheduled = Collections.synchronizedMap(new LinkedHashMap<>());

  @BeforeEach
  void setUp() throws Exception {
    rig = FaultRig.create("CrashIT", dir, 1);
    Files.writeString(rig.programme, programme(), StandardCharsets.UTF_8);
    timer = Executors.newScheduledThreadPool(2);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    timer.shutdownNow();
    timer.awaitTermination(5, TimeUnit.SECONDS);
    if (rig != null) {
      rig.close();
    }
  }

  @Test
  @DisplayName("every confirmed announcement posted once, none dropped, no reminder twice")
  void killAndRestart() throws Exception {
    originNanos = System.nanoTime();
    AtomicInteger sent = new AtomicInteger();
    int atPosting = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      BotProcess bot = rig.startBot(clockFrom(now()));
      ScheduledFuture<?> organising = timer.scheduleAtFixedRate(() -> schedule(sent.incrementAndGet()), 0, 300,
          TimeUnit.MILLISECONDS);
      if (kills.nextBoolean()) {
        atPosting++;
        List<String> before = postsInAnnouncements().stream().map(PostedMessage::id).toList();
        awaitQuietly(() -> rig.discord.awaitPosted(m -> inAnnouncements(m) && !before.contains(m.id()),
            Duration.ofSeconds(4)));
      } else {
        long millis = 400 + kills.nextInt(1200);
        timer.schedule(() -> null, millis, TimeUnit.MILLISECONDS).get();
      }
      organising.cancel(false);
      assertThat(bot.kill()).as("exit code after SIGKILL").isEqualTo(137);
    }

    // the last run posts what is still due, then stops normally
    BotProcess last = rig.startBot(clockFrom(now()));
    Map<String, String> confirmed = confirmed();
    LocalTime lastDue = confirmed.values().stream().map(LocalTime::parse).max(LocalTime::compareTo).orElse(START);
    for (String text : confirmed.keySet()) {
      awaitQuietly(() -> rig.discord.awaitPosted(m -> inAnnouncements(m) && m.content().startsWith(text),
          minutesUntil(lastDue)));
    }
    assertThat(last.terminate(Duration.ofSeconds(20))).as("exit code of the last run\n%s", last.log()).isZero();

    List<String> posts = postsInAnnouncements().stream().map(PostedMessage::content).toList();
    Map<String, Long> reminders = posts.stream().filter(p -> p.startsWith("Over "))
        .collect(Collectors.groupingBy(p -> p.substring(p.indexOf(':') + 1), Collectors.counting()));
    System.out.printf("CrashIT: %d kills (%d just after a post in the announcements channel) in %d s, %d"
            + " announcements confirmed of %d sent, %d reminders, %d repeated posts answered by nonce%n", KILLS,
        atPosting, (System.nanoTime() - originNanos) / 1_000_000_000L, confirmed.size(), scheduled.size(),
        reminders.size(), rig.discord.nonceRepeats());

    assertThat(confirmed).as("announcements confirmed to the organiser").hasSizeGreaterThan(KILLS);
    for (String text : confirmed.keySet()) {
      assertThat(posts.stream().filter(p -> p.startsWith(text)).count()).as("posts of %s", text).isEqualTo(1);
    }
    for (String text : scheduled.keySet()) {
      assertThat(posts.stream().filter(p -> p.startsWith(text)).count()).as("posts of %s", text).isLessThanOrEqualTo(1);
    }
    assertThat(reminders).as("reminders posted").isNotEmpty()
        .allSatisfy((slot, n) -> assertThat(n).as("reminders of %s", slot).isEqualTo(1));
    try (StateDatabase db = StateDatabase.openForReading(rig.state, Clock.systemUTC())) {
      StateReport report = StateReport.read(db, LocalDate.now());
      assertThat(report.finished()).as("announcements by outcome").doesNotContainKeys("dropped", "failed");
    }
  }

  /** The organiser schedules announcement {@code n} one to three minutes of the day ahead (2 to 6 s). */
  private void schedule(int n) {
    String text = String.format("[K%03d] Mededeling %d.", n, n);
    String at = HH_MM.format(now().plusMinutes(1 + organiser.nextInt(3)));
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("tekst", text);
    options.put("om", at);
    try {
      LocalInteraction command = rig.discord.sendSlashCommand(rig.organiser(), rig.algemeen, "aankondiging", options);
      scheduled.put(text, command.id() + "|" + at);
    } catch (IllegalStateException e) {
      // the bot is not connected (killed a moment ago): like a command nobody received
    }
  }

  /** The announcements the bot confirmed ("staat gepland"), with their time. */
  private Map<String, String> confirmed() {
    Map<String, String> result = new LinkedHashMap<>();
    List<PostedMessage> posted = rig.discord.posted();
    synchronized (scheduled) {
      scheduled.forEach((text, idAndTime) -> {
        String id = idAndTime.substring(0, idAndTime.indexOf('|'));
        if (posted.stream().anyMatch(m -> id.equals(m.interactionId()) && m.content().contains("staat gepland om"))) {
          result.put(text, idAndTime.substring(idAndTime.indexOf('|') + 1));
        }
      });
    }
    return result;
  }

  /** The time of day on the one rehearsal time line of all runs: 09:56 at the start, 30 times real speed. */
  private LocalTime now() {
    long seconds = (System.nanoTime() - originNanos) * SPEED / 1_000_000_000L;
    return START.plusSeconds(seconds);
  }

  private Duration minutesUntil(LocalTime due) {
    long seconds = Math.max(0, Duration.between(now(), due).toSeconds());
    return WAIT.plusMillis(seconds * 1000 / SPEED);
  }

  private static Map<String, String> clockFrom(LocalTime time) {
    return Map.of("DAGWIJZER_CLOCK_START", HH_MM.format(time), "DAGWIJZER_CLOCK_SPEED", Integer.toString(SPEED),
        "DAGWIJZER_REMINDER_MINUTES", "5");
  }

  private List<PostedMessage> postsInAnnouncements() {
    return rig.discord.posted().stream().filter(this::inAnnouncements).toList();
  }

  private boolean inAnnouncements(PostedMessage message) {
    return message.kind() == PostedMessage.Kind.CHANNEL_MESSAGE && message.channelId().equals(rig.aankondigingen.id());
  }

  private static void awaitQuietly(Runnable wait) {
    try {
      wait.run();
    } catch (AssertionError e) {
      // nothing posted in time: killed at this moment instead
    }
  }

  /** A day of sixteen short sessions from 10:00, one every two minutes, so reminders come often. */
  private static String programme() {
    List<String> sessions = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      LocalTime start = LocalTime.of(10, 0).plusMinutes(2L * i);
      sessions.add(String.format("{\"id\": \"sessie-%02d\", \"title\": \"Sessie %02d\", \"kind\": \"plenary\","
          + " \"start\": \"%s\", \"end\": \"%s\"}", i + 1, i + 1, HH_MM.format(start), HH_MM.format(start.plusMinutes(2))));
    }
    return "{\"event\": {\"title\": \"Crashdag\", \"timezone\": \"Europe/Amsterdam\"}, \"speakers\": [],"
        + " \"sessions\": [" + String.join(",\n", sessions) + "]}";
  }
}
