package nl.dagwijzer.e2e;

import static nl.dagwijzer.e2e.FaultRig.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.e2e.local.LocalInteraction;
import nl.dagwijzer.e2e.local.PostedMessage;
import nl.dagwijzer.store.ScheduledAnnouncement;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SIGTERM under load, then a restart on the same state folder")
final class ShutdownIT {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final Pattern CLOCK = Pattern.compile("Het is al (\\d\\d:\\d\\d)");
  private static final int USERS = 100;

  @TempDir
  Path dir;

  private FaultRig rig;
  private ScheduledExecutorService sender;

  @BeforeEach
  void setUp() throws Exception {
    rig = FaultRig.create("ShutdownIT", dir, USERS);
    sender = Executors.newSingleThreadScheduledExecutor();
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    sender.shutdownNow();
    sender.awaitTermination(5, TimeUnit.SECONDS);
    if (rig != null) {
      rig.close();
    }
  }

  @Test
  @DisplayName("exit 0, every pending announcement saved, and across both runs none lost and none posted twice")
  void sigtermUnderLoadAndRestart() throws Exception {
    // given a rehearsal from 10:00 at 60x (a minute a second) and four announcements scheduled by the organiser:
    // A due in a few seconds, B, C and D after the SIGTERM
    BotProcess first = rig.startBot(Map.of("DAGWIJZER_CLOCK_START", "10:00", "DAGWIJZER_CLOCK_SPEED", "60"));
    LocalTime t0 = botClock();
    Announcement a = schedule("[A] De zaal gaat open.", t0.plusMinutes(2));
    Announcement b = schedule("[B] Koffie staat klaar in de hal.", t0.plusMinutes(25));
    Announcement c = schedule("[C] De workshops beginnen zo.", t0.plusMinutes(44));
    Announcement d = schedule("[D] Vergeet de evaluatie niet.", t0.plusMinutes(62));
    rig.discord.awaitPosted(m -> inAnnouncements(m) && m.content().startsWith(a.text()), WAIT);

    // when questions pour in and the bot gets SIGTERM in the middle of them
    CompletableFuture<Void> hundredSent = new CompletableFuture<>();
    List<String> questions = pourQuestions(hundredSent);
    hundredSent.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    int exit = first.terminate(Duration.ofSeconds(20));
    sender.shutdownNow();

    // then it exits 0 and the state database holds exactly B, C and D as scheduled
    assertThat(exit).as("exit code after SIGTERM\n%s", first.log()).isZero();
    assertThat(pendingTexts()).containsExactly(b.text(), c.text(), d.text());
    assertThat(first.log()).contains("Stopping (shutdown signal)", "Stopped");
    assertThat(first.log()).as("stopping under load logs no errors").doesNotContain(" ERROR ")
        .as("replies queued before the SIGTERM are still sent").doesNotContain("Discord refused");
    // and no question was answered twice
    assertThat(rig.repliesPerMessage()).allSatisfy((id, n) -> assertThat(n).as("replies to %s", id).isEqualTo(1L));
    assertThat(rig.repliesPerMessage().keySet()).as("answered some of the load").containsAnyElementsOf(questions);

    // when a new bot starts on the same state folder 50 rehearsal minutes after t0 (B is 25 minutes late, C 6;
    // D is due 12 minutes after it, 6 s at 120x: margins that a start of a few seconds on a busy machine keeps)
    BotProcess second = rig.startBot(Map.of(
        "DAGWIJZER_CLOCK_START", HH_MM.format(t0.plusMinutes(50)), "DAGWIJZER_CLOCK_SPEED", "120"));

    // then C comes late with the note, D on time, B is dropped with a warning, and A is not posted again
    PostedMessage late = rig.discord.awaitPosted(m -> inAnnouncements(m) && m.content().startsWith(c.text()), WAIT);
    assertThat(late.content()).isEqualTo(c.text() + "\n\n(Deze aankondiging was gepland om " + HH_MM.format(c.at())
        + " en komt wat later.)");
    PostedMessage onTime = rig.discord.awaitPosted(m -> inAnnouncements(m) && m.content().startsWith(d.text()), WAIT);
    assertThat(onTime.content()).isEqualTo(d.text());
    assertThat(second.terminate(Duration.ofSeconds(20))).as("exit code of the second run\n%s", second.log()).isZero();
    assertThat(second.log()).contains("Dropped announcement " + b.id()).contains(b.text());
    assertThat(pendingTexts()).isEmpty();
    List<String> posted = rig.contentsIn(rig.aankondigingen);
    assertThat(count(posted, a)).as("A posted").isEqualTo(1);
    assertThat(count(posted, b)).as("B posted (more than 15 minutes late: dropped)").isZero();
    assertThat(count(posted, c)).as("C posted").isEqualTo(1);
    assertThat(count(posted, d)).as("D posted").isEqualTo(1);
    assertThat(posted).filteredOn(p -> p.startsWith(a.text())).containsExactly(a.text());
  }

  private record Announcement(String id, String text, LocalTime at) {}

  /** The bot's rehearsal clock, read from its refusal of an announcement at 00:00 ("Het is al 10:02, ..."). */
  private LocalTime botClock() {
    PostedMessage refusal = announce(Map.of("tekst", "peiling", "om", "00:00"));
    Matcher clock = CLOCK.matcher(refusal.content());
    assertThat(clock.find()).as("the bot's clock in: %s", refusal.content()).isTrue();
    return LocalTime.parse(clock.group(1));
  }

  private Announcement schedule(String text, LocalTime at) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("tekst", text);
    options.put("om", HH_MM.format(at));
    PostedMessage reply = announce(options);
    Matcher id = Pattern.compile("Aankondiging (\\d+) staat gepland om " + HH_MM.format(at)).matcher(reply.content());
    assertThat(id.find()).as("scheduled: %s", reply.content()).isTrue();
    return new Announcement(id.group(1), text, at);
  }

  private PostedMessage announce(Map<String, ?> options) {
    LocalInteraction command = rig.discord.sendSlashCommand(rig.organiser(), rig.algemeen, "aankondiging", options);
    return rig.discord.awaitPosted(m -> command.id().equals(m.interactionId()), WAIT);
  }

  /** Questions from {@link #USERS} attendees in turn, 200 a second, until the sender is shut down. */
  private List<String> pourQuestions(CompletableFuture<Void> hundredSent) {
    List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    sender.scheduleAtFixedRate(() -> {
      int n = next.getAndIncrement();
      ids.add(rig.discord.sendMessage(rig.attendee(n % USERS + 1), rig.vragen, FaultRig.question(n)));
      if (n + 1 == 100) {
        hundredSent.complete(null);
      }
    }, 0, 5, TimeUnit.MILLISECONDS);
    return ids;
  }

  private List<String> pendingTexts() throws StoreException {
    try (StateDatabase db = StateDatabase.openForReading(rig.state, Clock.systemUTC())) {
      return db.announcements().pending().stream().map(ScheduledAnnouncement::text).toList();
    }
  }

  private boolean inAnnouncements(PostedMessage message) {
    return message.channelId().equals(rig.aankondigingen.id());
  }

  private static long count(List<String> posted, Announcement announcement) {
    return posted.stream().filter(p -> p.startsWith(announcement.text())).count();
  }
}
