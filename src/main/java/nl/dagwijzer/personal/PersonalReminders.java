package nl.dagwijzer.personal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import nl.dagwijzer.announce.Ticker;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dagwijzer.announce.StoreWrites;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.store.PersonalChoices;
import nl.dagwijzer.store.PersonalMessages;
import nl.dagwijzer.store.PersonalState;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each user a private reminder {@code before} every session in their programme, and tells them when a reload
 * moved or removed one. Every tick it looks at the programme as it is now, so a moved session is reminded at its
 * new time (a new key: day, session and start) and a removed one, gone from the user's programme, not at all. A user
 * who turned reminders off gets none; a reminder is only sent while its session has not begun. What was sent or
 * could not be delivered is in the state ({@link Delivery}), so nothing is sent twice across restarts and reloads.
 * Thread-safe.
 */
public final class PersonalReminders {
  /** Choices and messages of days this long ago are forgotten at start. */
  static final int KEEP_DAYS = 14;
  /** While notices of changes are still open (a failure that may pass), they are looked at again this often. */
  static final Duration RECHECK = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(PersonalReminders.class);

  private final Clock clock;
  private final ProgrammeStore store;
  private final PersonalState state;
  private final Duration before;
  private final Duration tick;
  private final Delivery delivery;
  private final ChangeNotices notices;
  private Instant checkChangesAt = Instant.MIN;
  private final Ticker ticker;

  /** {@code before} zero: no reminders, but users are still told of changes to their programme. */
  public PersonalReminders(Clock clock, ScheduledExecutorService executor, ProgrammeStore store, PersonalState state,
                           DirectMessages messages, Duration before, Duration tick) {
    this.clock = clock;
    this.ticker = new Ticker(executor, "Checking personal reminders", this::tick);
    this.store = store;
    this.state = state;
    this.before = before;
    this.tick = tick;
    this.delivery = new Delivery(clock, messages, state.messages(), new StoreWrites(clock));
    this.notices = new ChangeNotices(state.choices(), delivery);
  }

  /** Forgets old days and reads what was sent on the event day; before going online, so bad state stops the start. */
  public void load() throws StoreException {
    LocalDate day = EventDay.of(store.current(), clock);
    state.choices().forgetBefore(day.minusDays(KEEP_DAYS));
    state.messages().forgetBefore(day.minusDays(KEEP_DAYS));
    delivery.load(day);
  }

  /** Starts ticking; a reload makes the next tick look for moved and removed sessions in users' programmes. */
  public synchronized void start() {
    store.onChange(programme -> {
      synchronized (this) {
        checkChangesAt = Instant.MIN;
      }
      ticker.runSoon();
    });
    ticker.start(Duration.ZERO, tick);
    LOG.info(before.isZero() ? "Personal reminders are off; users are told of changes to their programme"
        : "Personal reminders {} min before each chosen session", before.toMinutes());
  }

  public synchronized void stop() {
    ticker.stop();
    flush();
  }

  /** One last try of the records that could not be written (such a message is sent again after a restart). */
  public void flush() {
    List<String> left = delivery.flush();
    if (!left.isEmpty()) {
      LOG.error("Stopping with {} personal messages sent but not recorded; after a restart they are sent again"
          + " under the same key", left.size());
    }
  }

  void tick() {
    delivery.retryDue();
    delivery.expire();
    Programme programme = store.current();
    LocalDate day = EventDay.of(programme, clock);
    Instant now = clock.instant();
    try {
      delivery.load(day);
      boolean checkChanges;
      synchronized (this) {
        checkChanges = !now.isBefore(checkChangesAt);
      }
      if (checkChanges) {
        int open = notices.check(programme, day, now);
        synchronized (this) {
          checkChangesAt = open > 0 ? now.plus(RECHECK) : Instant.MAX;
        }
      }
      if (!before.isZero() && !before.isNegative()) {
        remind(programme, day, now);
      }
    } catch (StoreException e) {
      LOG.error("Personal reminders of {} could not be read; trying again at the next tick: {}", day,
          e.getMessage(), e.getCause());
    }
  }

  private void remind(Programme programme, LocalDate day, Instant now) throws StoreException {
    ZoneId zone = programme.event().timezone();
    Map<String, Session> due = programme.sessions().stream().filter(s -> {
      Instant start = day.atTime(s.start()).atZone(zone).toInstant();
      return !now.isBefore(start.minus(before)) && now.isBefore(start);
    }).collect(Collectors.toMap(Session::id, Function.identity()));
    if (due.isEmpty()) {
      return;
    }
    List<PersonalChoices.Choice> open = new ArrayList<>();
    for (PersonalChoices.Choice choice : state.choices().ofSessions(day, due.keySet())) {
      if (delivery.open(key(choice, due.get(choice.sessionId())))) {
        open.add(choice);
      }
    }
    if (open.isEmpty()) {
      return;
    }
    Set<String> off = state.settings().disabledAmong(open.stream().map(PersonalChoices.Choice::userId).toList());
    for (PersonalChoices.Choice choice : open) {
      if (off.contains(choice.userId())) {
        continue;
      }
      Session session = due.get(choice.sessionId());
      Instant start = day.atTime(session.start()).atZone(zone).toInstant();
      long minutes = (Duration.between(now, start).toSeconds() + 59) / 60;
      delivery.send(key(choice, session), PersonalText.reminder(programme, session, minutes), start, () -> { });
    }
  }

  private static PersonalMessages.Key key(PersonalChoices.Choice choice, Session session) {
    return new PersonalMessages.Key(choice.userId(), choice.day(), PersonalMessages.Kind.REMINDER, session.id(),
        session.start());
  }
}
