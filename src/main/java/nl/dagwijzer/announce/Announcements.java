package nl.dagwijzer.announce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.dagwijzer.answer.DutchText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announcements organisers post now or schedule for later today, kept in {@code announcements.json} in the state
 * folder so a restart loses none.
 *
 * <p>Order on posting: an announcement is first removed from the saved state and only then handed to the
 * {@link Poster}. A crash between the two can therefore lose that one announcement (it is logged before posting),
 * but no restart ever posts an announcement twice; "at most once" was chosen because a doubled announcement in a
 * busy channel is worse than one the organiser can repost.
 *
 * <p>On {@link #start()}, an announcement whose time passed while the bot was down is posted with a note that it is
 * late when it is at most {@link #LATE_LIMIT} late, and dropped (logged) when it is later than that.
 *
 * <p>Due announcements are found by a check every {@code tick} (one second by default) on the injected
 * {@link Clock}, so a faster rehearsal clock or a changed programme needs no rescheduling. Thread-safe.
 */
public final class Announcements {
  public static final Duration LATE_LIMIT = Duration.ofMinutes(15);
  static final String FILE = "announcements.json";
  private static final Logger LOG = LoggerFactory.getLogger(Announcements.class);

  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final StateFolder state;
  private final Poster poster;
  private final Supplier<ZoneId> zone;
  private final Duration tick;
  private final List<ScheduledAnnouncement> pending = new ArrayList<>();
  private long nextId = 1;
  private ScheduledFuture<?> ticking;

  public Announcements(Clock clock, ScheduledExecutorService executor, StateFolder state, Poster poster,
                       Supplier<ZoneId> zone, Duration tick) {
    this.clock = clock;
    this.executor = executor;
    this.state = state;
    this.poster = poster;
    this.zone = zone;
    this.tick = tick;
  }

  /** Loads the saved announcements, deals with the overdue ones and starts checking for due ones. */
  public void start() {
    List<ScheduledAnnouncement> due;
    synchronized (this) {
      Saved saved = state.read(FILE, Saved.class).orElse(new Saved(1, List.of()));
      pending.clear();
      saved.pending().stream().map(StoredAnnouncement::toAnnouncement).forEach(pending::add);
      nextId = Math.max(saved.nextId(), 1);
      due = takeDue();
    }
    Instant now = clock.instant();
    for (ScheduledAnnouncement a : due) {
      Duration late = Duration.between(a.at(), now);
      if (late.compareTo(LATE_LIMIT) > 0) {
        LOG.warn("Dropped announcement {} scheduled for {}: {} min late (more than {} min) after a restart: {}",
            a.id(), a.at(), late.toMinutes(), LATE_LIMIT.toMinutes(), a.text());
      } else if (late.compareTo(tick.multipliedBy(2)) > 0) {
        send(a, a.text() + "\n\n(Deze aankondiging was gepland om " + DutchText.time(localTime(a.at()))
            + " en komt wat later.)");
      } else {
        send(a, a.text());
      }
    }
    synchronized (this) {
      if (ticking == null) {
        ticking = executor.scheduleAtFixedRate(this::tickSafely, tick.toMillis(), tick.toMillis(),
            TimeUnit.MILLISECONDS);
      }
    }
    LOG.info("Announcements started: {} scheduled", pending().size());
  }

  /** Stops checking and writes the state (it is also written after every change). */
  public synchronized void stop() {
    if (ticking != null) {
      ticking.cancel(false);
      ticking = null;
    }
    save();
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
    ScheduledAnnouncement a = new ScheduledAnnouncement(Long.toString(nextId++), text, when, channel, author);
    pending.add(a);
    pending.sort(Comparator.comparing(ScheduledAnnouncement::at).thenComparing(x -> Long.parseLong(x.id())));
    save();
    LOG.info("Announcement {} scheduled for {} by {}", a.id(), when, author);
    return a;
  }

  public synchronized List<ScheduledAnnouncement> pending() {
    return List.copyOf(pending);
  }

  /** Cancels the scheduled announcement {@code id}; empty when there is none with that id. */
  public synchronized Optional<ScheduledAnnouncement> cancel(String id) {
    Optional<ScheduledAnnouncement> found = pending.stream().filter(a -> a.id().equals(id.trim())).findFirst();
    found.ifPresent(a -> {
      pending.remove(a);
      save();
      LOG.info("Announcement {} cancelled", a.id());
    });
    return found;
  }

  /** The local time of {@code at} in the event timezone. */
  public LocalTime localTime(Instant at) {
    return at.atZone(zone.get()).toLocalTime();
  }

  /** Posts every announcement that is due; called every tick. */
  void tick() {
    List<ScheduledAnnouncement> due;
    synchronized (this) {
      due = takeDue();
    }
    due.forEach(a -> send(a, a.text()));
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.error("Checking scheduled announcements failed", e);
    }
  }

  /** Removes the due announcements from the state and saves it, before anything is posted (at most once). */
  private List<ScheduledAnnouncement> takeDue() {
    Instant now = clock.instant();
    List<ScheduledAnnouncement> due = pending.stream().filter(a -> !a.at().isAfter(now)).toList();
    if (!due.isEmpty()) {
      pending.removeAll(due);
      save();
    }
    return due;
  }

  private void send(ScheduledAnnouncement a, String text) {
    LOG.info("Posting announcement {} (scheduled for {})", a.id(), a.at());
    CompletionStage<Void> posted;
    try {
      posted = poster.post(a.channel(), text);
    } catch (RuntimeException e) {
      posted = CompletableFuture.failedFuture(e);
    }
    posted.whenComplete((ok, error) -> {
      if (error != null) {
        LOG.error("Announcement {} could not be posted: {} (text: {})", a.id(), error.getMessage(), a.text());
      }
    });
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

  private void save() {
    state.write(FILE, new Saved(nextId, pending.stream().map(StoredAnnouncement::of).toList()));
  }

  /** The JSON form of {@code announcements.json}. */
  record Saved(long nextId, List<StoredAnnouncement> pending) {
    Saved {
      pending = pending == null ? List.of() : List.copyOf(pending);
    }
  }

  record StoredAnnouncement(String id, String text, String at, String channel, String author) {
    static StoredAnnouncement of(ScheduledAnnouncement a) {
      return new StoredAnnouncement(a.id(), a.text(), a.at().toString(), a.channel().orElse(null), a.author());
    }

    ScheduledAnnouncement toAnnouncement() {
      return new ScheduledAnnouncement(id, text, Instant.parse(at), Optional.ofNullable(channel), author);
    }
  }
}
