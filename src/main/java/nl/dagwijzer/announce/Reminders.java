package nl.dagwijzer.announce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one reminder {@code before} each slot of the current programme starts (parallel sessions share one
 * reminder). Every tick it looks at the programme in the store as it is now, so after a reload a moved session is
 * reminded at its new time and a removed one not at all, without rescheduling anything.
 *
 * <p>What was reminded is kept in {@code reminders.json} in the state folder, one key per session and start
 * ({@code date|HH:mm|sessionId}), written before the reminder is posted (at most once, as for announcements), so
 * neither a restart nor a reload repeats a reminder; a session that moved gets a new key and is reminded again at
 * its new time. A reminder is only posted while its slot has not started yet, so a bot started at 10:58 still
 * reminds of 11:00 ("Over 2 minuten") but not of 10:30. Thread-safe.
 */
public final class Reminders {
  static final String FILE = "reminders.json";
  private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final StateFolder state;
  private final Poster poster;
  private final ProgrammeStore store;
  private final Duration before;
  private final Duration tick;
  private final Set<String> sent = new LinkedHashSet<>();
  private ScheduledFuture<?> ticking;

  public Reminders(Clock clock, ScheduledExecutorService executor, StateFolder state, Poster poster,
                   ProgrammeStore store, Duration before, Duration tick) {
    this.clock = clock;
    this.executor = executor;
    this.state = state;
    this.poster = poster;
    this.store = store;
    this.before = before;
    this.tick = tick;
  }

  /** Loads what was reminded before and starts checking; does nothing when reminders are off (0 minutes). */
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
      sent.clear();
      state.read(FILE, Saved.class).ifPresent(s -> sent.addAll(s.sent()));
      store.onChange(programme -> {
        LOG.info("Programme changed: reminders follow the new programme ({} still to come)", upcoming().size());
        tickSafely();
      });
      ticking = executor.scheduleAtFixedRate(this::tickSafely, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }
    LOG.info("Reminders {} min before each slot; {} still to come today", before.toMinutes(), upcoming().size());
  }

  public synchronized void stop() {
    if (ticking != null) {
      ticking.cancel(false);
      ticking = null;
      save();
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
      if (start.isAfter(now) && !unsent(day, slot).isEmpty()) {
        result.add(new Upcoming(start.minus(before), slot));
      }
    }
    return result;
  }

  /** Posts the reminders that are due now. */
  void tick() {
    List<String> texts = new ArrayList<>();
    synchronized (this) {
      Programme programme = store.current();
      ZoneId zone = programme.event().timezone();
      LocalDate day = day(programme);
      Instant now = clock.instant();
      for (Slot slot : programme.slots()) {
        Instant start = day.atTime(slot.start()).atZone(zone).toInstant();
        if (now.isBefore(start.minus(before)) || !now.isBefore(start)) {
          continue;
        }
        List<Session> sessions = unsent(day, slot);
        if (sessions.isEmpty()) {
          continue;
        }
        sessions.forEach(s -> sent.add(key(day, s)));
        long minutes = (Duration.between(now, start).toSeconds() + 59) / 60;
        texts.add(Wording.reminder(programme, sessions, minutes));
      }
      if (!texts.isEmpty()) {
        sent.removeIf(k -> !k.startsWith(day + "|"));
        save();
      }
    }
    for (String text : texts) {
      LOG.info("Posting reminder: {}", text);
      poster.post(Optional.empty(), text).whenComplete((ok, error) -> {
        if (error != null) {
          LOG.error("Reminder could not be posted: {} ({})", error.getMessage(), text);
        }
      });
    }
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.error("Checking reminders failed", e);
    }
  }

  private List<Session> unsent(LocalDate day, Slot slot) {
    return slot.sessions().stream().filter(s -> !sent.contains(key(day, s))).toList();
  }

  /** The event's date, or today in the event's timezone when the programme gives none. */
  private LocalDate day(Programme programme) {
    return programme.event().date().orElseGet(() -> LocalDate.now(clock.withZone(programme.event().timezone())));
  }

  private static String key(LocalDate day, Session session) {
    return day + "|" + DutchText.time(session.start()) + "|" + session.id();
  }

  private void save() {
    state.write(FILE, new Saved(List.copyOf(sent)));
  }

  /** A reminder still to come: when it is due and for which slot. */
  public record Upcoming(Instant due, Slot slot) {
  }

  record Saved(List<String> sent) {
    Saved {
      sent = sent == null ? List.of() : List.copyOf(sent);
    }
  }
}
