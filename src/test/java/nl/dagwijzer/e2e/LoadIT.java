package nl.dagwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.dagwijzer.e2e.local.PostedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A busy Q&A channel")
final class LoadIT {
  static final int USERS = 250;
  static final int PER_USER = 4; // below the flood limit of 5 in 30 s
  static final int QUESTIONS = USERS * PER_USER;
  static final long PACE_MICROS = 10_000; // 100 questions a second: 1,000 in about 10 s
  static final int WARM_UP = 100;

  @TempDir
  Path dir;

  private FaultRig rig;
  private ScheduledExecutorService sender;

  @BeforeEach
  void startBot() throws Exception {
    rig = FaultRig.create("LoadIT", dir, USERS + 1);
    rig.startBot(Map.of());
    sender = Executors.newSingleThreadScheduledExecutor();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (sender != null) {
      sender.shutdownNow();
      sender.awaitTermination(5, TimeUnit.SECONDS);
    }
    if (rig != null) {
      rig.close();
    }
  }

  @Test
  @DisplayName("1,000 questions from 250 users in about 10 s are each answered exactly once")
  void thousandQuestions() throws Exception {
    // given 250 attendees, each asking 4 questions, round robin, 100 questions a second
    String[] ids = new String[QUESTIONS];
    CompletableFuture<Void> allSent = new CompletableFuture<>();
    AtomicInteger next = new AtomicInteger();

    // when they ask
    ScheduledFuture<?> pacing = sender.scheduleAtFixedRate(() -> {
      int n = next.getAndIncrement();
      if (n >= QUESTIONS) {
        allSent.complete(null);
        throw new IllegalStateException("done"); // ends the schedule
      }
      try {
        ids[n] = rig.discord.sendMessage(rig.attendee(n % USERS + 1), rig.vragen, FaultRig.question(n / USERS + n));
      } catch (RuntimeException e) {
        allSent.completeExceptionally(e);
        throw e;
      }
    }, 0, PACE_MICROS, TimeUnit.MICROSECONDS);
    allSent.get(60, TimeUnit.SECONDS);
    pacing.cancel(false);

    // then every question gets a reply
    Set<String> asked = Set.of(ids);
    Map<String, PostedMessage> replies = new HashMap<>(); // the wait tests each post once, in order
    try {
      rig.discord.awaitPosted(m -> asked.contains(m.referencedMessageId())
          && replies.putIfAbsent(m.referencedMessageId(), m) == null && replies.size() == QUESTIONS,
          Duration.ofSeconds(30));
    } catch (AssertionError e) {
      throw new AssertionError("Only " + replies.size() + " of " + QUESTIONS + " questions answered within 30 s");
    }
    // and exactly one: a later question is answered after any second reply would have been
    rig.askAndAwait(rig.attendee(USERS + 1), "wanneer is de lunch");
    Map<String, Long> perQuestion = rig.repliesPerMessage();
    assertThat(Arrays.stream(ids).filter(id -> perQuestion.getOrDefault(id, 0L) != 1L))
        .as("questions without exactly one reply").isEmpty();
    assertThat(replies.values()).allSatisfy(r -> assertThat(FaultRig.text(r)).isNotBlank()
        .doesNotContain("Even rustig"));

    // and the time from dispatch to the reply reaching Discord is reported (a figure, not a requirement)
    long[] latencies = new long[QUESTIONS];
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < QUESTIONS; i++) {
      long sent = rig.discord.dispatchedNanos(ids[i]);
      long answered = rig.discord.receivedNanos(replies.get(ids[i]));
      latencies[i] = answered - sent;
      first = Math.min(first, sent);
      last = Math.max(last, answered);
    }
    // the bot is cold: the first questions wait while the JIT compiles the core and JDA's paths, so the figures
    // after the first WARM_UP questions are printed too
    long[] warm = Arrays.copyOfRange(latencies, WARM_UP, QUESTIONS);
    Arrays.sort(latencies);
    Arrays.sort(warm);
    System.out.printf(Locale.ROOT, "LOAD: %d questions from %d users in %.1f s: p50 %d ms, p99 %d ms, max %d ms"
            + " (after the first %d: p50 %d ms, p99 %d ms, max %d ms)%n",
        QUESTIONS, USERS, (last - first) / 1e9, millis(percentile(latencies, 50)), millis(percentile(latencies, 99)),
        millis(latencies[latencies.length - 1]), WARM_UP, millis(percentile(warm, 50)), millis(percentile(warm, 99)),
        millis(warm[warm.length - 1]));
  }

  private static long percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static long millis(long nanos) {
    return Math.round(nanos / 1e6);
  }
}
