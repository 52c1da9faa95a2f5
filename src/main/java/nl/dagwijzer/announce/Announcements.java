package nl.dagwijzer.announce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.store.AnnouncementStore;
import nl.dagwijzer.store.AnnouncementStore.Outcome;
import nl.dagwijzer.store.ScheduledAnnouncement;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announcements organisers post now or schedule for later today. A scheduled one is in the {@link AnnouncementStore}
 * before the organiser is told it is scheduled; when it cannot be stored, it is refused and never listed.
 *
 * <p><b>Posted at least once, shown once.</b> A due announcement is handed to the {@link Poster} under the key
 * {@code a<id>} and marked posted only after the platform accepted it. A crash in between (or a failed write of that
 * mark, which is retried) posts it again after the restart under the same key, which Discord ignores for a few
 * minutes: so it is shown once when the bot is back within minutes, and could be shown twice only after a crash in
 * the instant of posting followed by a longer outage. A post that fails is retried with {@link Backoff} until it is
 * {@link #LATE_LIMIT} late, then given up (logged at ERROR, recorded as failed).
 *
 * <p>An announcement whose time passed while the bot was down is posted with a note that it is late when it is at
 * most {@link #LATE_LIMIT} late, and dropped (logged) when it is later than that.
 *
 * <p>Due announcements are found by a check every {@code tick} (one second by default) on the injected
 * {@link Clock}, so a faster rehearsal clock needs no rescheduling. Thread-safe.
 */
public final class Announcements {
  public static final Duration LATE_LIMIT = Duration.ofMinutes(15);
  private static final Logger LOG = LoggerFactory.getLogger(Announcements.class);

  private final Clock clock;
  private final AnnouncementStore store;
  private final Poster poster;
  private final Supplier<ZoneId> zone;
  private final Duration tick;
  private final StoreWrites writes;
  private final List<ScheduledAnnouncement> pending = new ArrayList<>();
  /** Handed to the poster, no answer yet: not handed over again meanwhile. */
  private final Set<String> posting = new HashSet<>();
  /** Posts that failed, with when to try again. */
  private final Map<String, Backoff> failing = new HashMap<>();
  private final Ticker ticker;
  /** When this bot started: an announcement due before then came due while the bot was down. */
  private Instant started = Instant.MIN;

  public Announcements(Clock clock, ScheduledExecutorService executor, AnnouncementStore store, Poster poster,
                       Supplier<ZoneId> zone, Duration tick) {
    this.clock = clock;
    this.ticker = new Ticker(executor, "Checking scheduled announcements", this::tick);
    this.store = store;
    this.poster = poster;
    this.zone = zone;
    this.tick = tick;
    this.writes = new StoreWrites(clock);
  }

  /** Reads the scheduled announcements; done before going online, so a state that cannot be read stops the start. */
  public synchronized void load() throws StoreException {
    List<ScheduledAnnouncement> stored = store.pending();
    pending.clear();
    pending.addAll(stored);
  }

  /** Deals with the overdue announcements and starts checking for due ones. */
  public void start() {
    synchronized (this) {
      started = clock.instant();
    }
    tick();
    synchronized (this) {
      ticker.start(tick, tick);
      LOG.info("Announcements started: {} scheduled", pending.size());
    }
  }

  /** Stops checking; the writes that failed get one last try. */
  public synchronized void stop() {
    ticker.stop();
    flush();
  }

  /** One last try of the failed writes; what is left is in the log (posted ones are posted again after a restart). */
  public void flush() {
    List<String> left = writes.flush();
    if (!left.isEmpty()) {
      LOG.error("Stopping with {} unwritten changes to the state ({}); an announcement among them that was posted"
          + " is posted again after a restart, under the same key", left.size(), left);
    }
  }

  /** Posts {@code text} now. */
  public CompletionStage<Void> postNow(String text, Optional<String> channel) throws AnnouncementException {
    requirePostable(text, channel);
    return poster.post(channel, text);
  }

  /** Schedules {@code text} for {@code at} today (event timezone); the time must still be ahead. */
  public synchronized ScheduledAnnouncement schedule(String text, LocalTime at, Optional<String> channel,
                                                     String author) throws AnnouncementException {
    requirePostable(text, channel);
    ZoneId z = zone.get();
    LocalDate today = LocalDate.now(clock.withZone(z));
    Instant when = today.atTime(at).atZone(z).toInstant();
    if (!when.isAfter(clock.instant())) {
      throw new AnnouncementException("Het is al " + DutchText.time(LocalTime.now(clock.withZone(z)))
          + ", dus " + DutchText.time(at) + " is voorbij. Kies een latere tijd, of laat 'om' weg om nu te posten.");
    }
    ScheduledAnnouncement a;
    try {
      a = store.add(text, when, z, channel, author);
    } catch (StoreException e) {
      LOG.error("An announcement for {} could not be stored: {}", when, e.getMessage(), e.getCause());
      throw new AnnouncementException("De aankondiging kon niet worden opgeslagen: " + e.getMessage()
          + ". Ze is niet ingepland; probeer het zo nog eens of waarschuw de beheerder van de bot.");
    }
    pending.add(a);
    pending.sort(Comparator.comparing(ScheduledAnnouncement::at).thenComparing(x -> Long.parseLong(x.id())));
    LOG.info("Announcement {} scheduled for {} by {}", a.id(), when, author);
    return a;
  }

  public synchronized List<ScheduledAnnouncement> pending() {
    return List.copyOf(pending);
  }

  /** Cancels the scheduled announcement {@code id}; empty when there is none with that id. */
  public synchronized Optional<ScheduledAnnouncement> cancel(String id) throws AnnouncementException {
    Optional<ScheduledAnnouncement> found = pending.stream().filter(a -> a.id().equals(id.strip())).findFirst();
    if (found.isEmpty()) {
      return found;
    }
    ScheduledAnnouncement a = found.get();
    if (posting.contains(a.id())) {
      throw new AnnouncementException("Aankondiging " + a.id() + " wordt op dit moment geplaatst en kan niet meer"
          + " worden ingetrokken.");
    }
    try {
      store.cancel(a.id());
    } catch (StoreException e) {
      LOG.error("Announcement {} could not be cancelled: {}", a.id(), e.getMessage(), e.getCause());
      throw new AnnouncementException("Aankondiging " + a.id() + " kon niet worden ingetrokken: " + e.getMessage()
          + ". Ze blijft gepland; probeer het zo nog eens.");
    }
    pending.remove(a);
    failing.remove(a.id());
    LOG.info("Announcement {} cancelled", a.id());
    return found;
  }

  /** The local time of {@code at} in the event timezone. */
  public LocalTime localTime(Instant at) {
    return at.atZone(zone.get()).toLocalTime();
  }

  /** Retries failed writes and posts every announcement that is due; called every tick. */
  void tick() {
    writes.retryDue();
    Instant now = clock.instant();
    List<ScheduledAnnouncement> due = new ArrayList<>();
    Set<String> noted = new HashSet<>();
    synchronized (this) {
      for (ScheduledAnnouncement a : List.copyOf(pending)) {
        Backoff backoff = failing.get(a.id());
        if (a.at().isAfter(now) || posting.contains(a.id()) || backoff != null && !backoff.due(now)) {
          continue;
        }
        Duration late = Duration.between(a.at(), now);
        if (late.compareTo(LATE_LIMIT) > 0) {
          giveUp(a, late, backoff != null);
        } else {
          posting.add(a.id());
          due.add(a);
          // Late enough to say so: it came due while the bot was down, or earlier attempts failed. (Not for the
          // tick's own delay, which on a fast rehearsal clock is a minute of the day.)
          if ((!a.at().isAfter(started) || backoff != null) && late.compareTo(tick.multipliedBy(2)) > 0) {
            noted.add(a.id());
          }
        }
      }
    }
    for (ScheduledAnnouncement a : due) {
      String text = noted.contains(a.id()) ? a.text() + "\n\n(Deze aankondiging was gepland om "
          + DutchText.time(localTime(a.at())) + " en komt wat later.)" : a.text();
      send(a, text);
    }
  }

  /** Too late to post: dropped (it came due while the bot was down) or failed (every attempt failed). */
  private void giveUp(ScheduledAnnouncement a, Duration late, boolean attempted) {
    pending.remove(a);
    failing.remove(a.id());
    if (attempted) {
      LOG.error("Gave up announcement {} scheduled for {}: it could not be posted in {} min: {}", a.id(), a.at(),
          late.toMinutes(), a.text());
    } else {
      LOG.warn("Dropped announcement {} scheduled for {}: {} min late (more than {} min) after a restart: {}",
          a.id(), a.at(), late.toMinutes(), LATE_LIMIT.toMinutes(), a.text());
    }
    Outcome outcome = attempted ? Outcome.FAILED : Outcome.DROPPED;
    writes.write("record announcement " + a.id() + " as " + outcome, () -> store.finish(a.id(), outcome));
  }

  private void send(ScheduledAnnouncement a, String text) {
    LOG.info("Posting announcement {} (scheduled for {})", a.id(), a.at());
    CompletionStage<Void> posted;
    try {
      posted = poster.post(a.channel(), text, "a" + a.id());
    } catch (RuntimeException e) {
      failed(a, e);
      return;
    }
    posted.whenComplete((ok, error) -> {
      if (error == null) {
        posted(a);
      } else {
        failed(a, error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
      }
    });
  }

  private synchronized void posted(ScheduledAnnouncement a) {
    posting.remove(a.id());
    failing.remove(a.id());
    pending.remove(a);
    writes.write("record announcement " + a.id() + " as posted", () -> store.finish(a.id(), Outcome.POSTED));
  }

  private synchronized void failed(ScheduledAnnouncement a, Throwable error) {
    posting.remove(a.id());
    Backoff next = Backoff.after(failing.get(a.id()), clock.instant());
    failing.put(a.id(), next);
    LOG.error("Announcement {} could not be posted (attempt {}); trying again in {} s: {}", a.id(), next.failures(),
        next.delay().toSeconds(), error.getMessage(), error);
  }

  private void requirePostable(String text, Optional<String> channel) throws AnnouncementException {
    if (text == null || text.isBlank()) {
      throw new AnnouncementException("De aankondiging is leeg.");
    }
    if (channel.isEmpty() && !poster.hasDefaultChannel()) {
      throw new AnnouncementException(
          "Er is geen aankondigingskanaal ingesteld (DAGWIJZER_ANNOUNCE_CHANNEL); kies een kanaal.");
    }
  }
}
