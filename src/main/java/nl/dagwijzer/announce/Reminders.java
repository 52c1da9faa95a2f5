package nl.dagwijzer.announce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.store.ReminderLog;
import nl.dagwijzer.store.ReminderLog.Key;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one reminder {@code before} each slot of the current programme starts (parallel sessions share one
 * reminder). Every tick it looks at the programme in the store as it is now, so after a reload a moved session is
 * reminded at its new time and a removed one not at all, without rescheduling anything.
 *
 * <p><b>At least once, shown once.</b> What was reminded is kept in the {@link ReminderLog}, one entry per session
 * and start, written only after the platform accepted the reminder (and retried with {@link Backoff} when that write
 * fails). A crash in between posts it again after the restart under the same key ({@code r} and a hash of day, time
 * and sessions), which Discord ignores for a few minutes. A post that fails is retried while the slot has not
 * started. A session that moved gets a new entry and is reminded again at its new time. A reminder is only posted
 * while its slot has not started yet, so a bot started at 10:58 still reminds of 11:00 ("Over 2 minuten") but not
 * of 10:30. Thread-safe.
 */
public final class Reminders {
  private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
  /** Entries of days this long ago are forgotten at start. */
  private static final int KEEP_DAYS = 14;

  private final Clock clock;
  private final ReminderLog log;
  private final Poster poster;
  private final ProgrammeStore store;
  private final Duration before;
  private final Duration tick;
  private final StoreWrites writes;
  /** Posted (recorded or still being recorded) or being posted. */
  private final Set<Key> done = new HashSet<>();
  private final Set<LocalDate> loaded = new HashSet<>();
  private final Map<String, Backoff> failing = new HashMap<>();
  private final Ticker ticker;

  public Reminders(Clock clock, ScheduledExecutorService executor, ReminderLog log, Poster poster,
                   ProgrammeStore store, Duration before, Duration tick) {
    this.clock = clock;
    this.ticker = new Ticker(executor, "Checking reminders", this::tick);
    this.log = log;
    this.poster = poster;
    this.store = store;
    this.before = before;
    this.tick = tick;
    this.writes = new StoreWrites(clock);
  }

  private boolean off() {
    return before.isZero() || before.isNegative() || !poster.hasDefaultChannel();
  }

  /** Reads what was reminded on the event day; done before going online, so an unreadable state stops the start. */
  public synchronized void load() throws StoreException {
    if (off()) {
      return;
    }
    LocalDate day = day(store.current());
    log.forgetBefore(day.minusDays(KEEP_DAYS));
    ensureLoaded(day);
  }

  /** Starts checking; does nothing when reminders are off (0 minutes, or no announcements channel). */
  public void start() {
    if (before.isZero() || before.isNegative()) {
      LOG.info("Reminders are off");
      return;
    }
    if (!poster.hasDefaultChannel()) {
      LOG.warn("Reminders are off: no announcements channel is configured");
      return;
    }
    synchronized (this) {
      store.onChange(programme -> {
        LOG.info("Programme changed: reminders follow the new programme ({} still to come)", upcoming().size());
        ticker.runSafely();
      });
      ticker.start(Duration.ZERO, tick);
    }
    LOG.info("Reminders {} min before each slot; {} still to come today", before.toMinutes(), upcoming().size());
  }

  /** Stops checking; the writes that failed get one last try. */
  public synchronized void stop() {
    ticker.stop();
    flush();
  }

  /** One last try of the failed writes (a reminder among them is posted again after a restart, same key). */
  public void flush() {
    List<String> left = writes.flush();
    if (!left.isEmpty()) {
      LOG.error("Stopping with {} reminders posted but not recorded ({}); after a restart they are posted again"
          + " under the same key", left.size(), left);
    }
  }

  /** The slots that will still get a reminder today, with the moment it is due. */
  public synchronized List<Upcoming> upcoming() {
    Programme programme = store.current();
    ZoneId zone = programme.event().timezone();
    LocalDate day = day(programme);
    Instant now = clock.instant();
    List<Upcoming> result = new ArrayList<>();
    for (Slot slot : programme.slots()) {
      Instant start = day.atTime(slot.start()).atZone(zone).toInstant();
      if (start.isAfter(now) && !open(day, slot).isEmpty()) {
        result.add(new Upcoming(start.minus(before), slot));
      }
    }
    return result;
  }

  /** Retries failed writes and posts the reminders that are due now. */
  void tick() {
    writes.retryDue();
    List<Runnable> posts = new ArrayList<>();
    synchronized (this) {
      Programme programme = store.current();
      ZoneId zone = programme.event().timezone();
      LocalDate day = day(programme);
      try {
        ensureLoaded(day);
      } catch (StoreException e) {
        LOG.error("Reminders of {} could not be read; none is posted until they can: {}", day, e.getMessage(),
            e.getCause());
        return;
      }
      Instant now = clock.instant();
      for (Slot slot : programme.slots()) {
        Instant start = day.atTime(slot.start()).atZone(zone).toInstant();
        if (now.isBefore(start.minus(before)) || !now.isBefore(start)) {
          continue;
        }
        List<Session> sessions = open(day, slot);
        if (sessions.isEmpty()) {
          continue;
        }
        List<Key> keys = sessions.stream().map(s -> key(day, s)).toList();
        String onceKey = onceKey(keys);
        Backoff backoff = failing.get(onceKey);
        if (backoff != null && !backoff.due(now)) {
          continue;
        }
        done.addAll(keys);
        long minutes = (Duration.between(now, start).toSeconds() + 59) / 60;
        String text = Wording.reminder(programme, sessions, minutes);
        posts.add(() -> send(text, keys, onceKey));
      }
    }
    posts.forEach(Runnable::run);
  }

  private void send(String text, List<Key> keys, String onceKey) {
    LOG.info("Posting reminder: {}", text);
    CompletionStage<Void> posted;
    try {
      posted = poster.post(Optional.empty(), text, onceKey);
    } catch (RuntimeException e) {
      failed(keys, onceKey, e);
      return;
    }
    posted.whenComplete((ok, error) -> {
      if (error == null) {
        synchronized (this) {
          failing.remove(onceKey);
        }
        writes.write("record the reminder " + onceKey + " " + keys, () -> log.record(keys));
      } else {
        failed(keys, onceKey, error);
      }
    });
  }

  private synchronized void failed(List<Key> keys, String onceKey, Throwable error) {
    keys.forEach(done::remove);
    Backoff next = Backoff.after(failing.get(onceKey), clock.instant());
    failing.put(onceKey, next);
    LOG.error("Reminder {} could not be posted (attempt {}); trying again in {} s while its slot has not begun: {}",
        onceKey, next.failures(), next.delay().toSeconds(), error.getMessage(), error);
  }

  private void ensureLoaded(LocalDate day) throws StoreException {
    if (!loaded.contains(day)) {
      log.postedOn(day).forEach(p -> done.add(p.key()));
      loaded.add(day);
    }
  }

  private List<Session> open(LocalDate day, Slot slot) {
    return slot.sessions().stream().filter(s -> !done.contains(key(day, s))).toList();
  }

  /** The event's date, or today in the event's timezone when the programme gives none. */
  private LocalDate day(Programme programme) {
    return programme.event().date().orElseGet(() -> LocalDate.now(clock.withZone(programme.event().timezone())));
  }

  private static Key key(LocalDate day, Session session) {
    return new Key(day, session.start(), session.id());
  }

  /** {@code r} and 11 hex digits of a hash of the day, start and session ids: the same reminder, the same key. */
  static String onceKey(List<Key> keys) {
    String all = keys.stream().map(k -> k.day() + "|" + k.start() + "|" + k.sessionId()).sorted()
        .collect(Collectors.joining(","));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
      return "r" + HexFormat.of().formatHex(hash).substring(0, 11);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A reminder still to come: when it is due and for which slot. */
  public record Upcoming(Instant due, Slot slot) {
  }
}
