package nl.dagwijzer.announce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.store.EventLinks;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a server's calendar in step with the programme: one external event per session of the day that has not
 * begun, with the room (or the venue, or the day's title) as place. Events whose session moved or was renamed are
 * updated, those whose session is gone are deleted, none is made for a session that has begun, and the bot's own
 * events are recognised (by the links in the state, and after a lost state by name and start), so running again,
 * after a restart too, never makes a second one. A server holds at most {@value #MAX_ACTIVE} events that have not
 * ended; beyond that sessions get none. Not thread-safe: one sync at a time (the bot runs them on one thread).
 */
public final class ScheduledEvents {
  /** Discord's limit on events per server that are scheduled or active. */
  public static final int MAX_ACTIVE = 100;
  static final int NAME_LIMIT = 100;
  static final int LOCATION_LIMIT = 100;
  static final int DESCRIPTION_LIMIT = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(ScheduledEvents.class);

  private final ProgrammeStore store;
  private final EventLinks links;
  private final Clock clock;

  public ScheduledEvents(ProgrammeStore store, EventLinks links, Clock clock) {
    this.store = store;
    this.links = links;
    this.clock = clock;
  }

  /** What one sync did; {@code problem} says (in Dutch) why it did not run or stopped. */
  public record Result(int created, int updated, int deleted, int failed, int full, Optional<String> problem) {
    static Result refused(String problem) {
      return new Result(0, 0, 0, 0, 0, Optional.of(problem));
    }

    /** For moderators: "Discord-evenementen: 2 gemaakt, 1 bijgewerkt, 0 verwijderd." or the problem. */
    public String text() {
      if (problem.isPresent()) {
        return "Discord-evenementen: " + problem.get();
      }
      String refused = failed > 0 ? " " + failed + " geweigerd door Discord (zie het log)." : "";
      String over = full > 0 ? " " + full + (full == 1 ? " sessie kreeg" : " sessies kregen")
          + " geen evenement: de server heeft er al " + MAX_ACTIVE + "." : "";
      return "Discord-evenementen: " + created + " gemaakt, " + updated + " bijgewerkt, " + deleted
          + " verwijderd." + refused + over;
    }
  }

  /** Brings {@code calendar} in step with the current programme; never throws. */
  public Result sync(EventCalendar calendar) {
    Optional<String> missing = calendar.missingPermission();
    if (missing.isPresent()) {
      return Result.refused(missing.get());
    }
    try {
      return run(calendar);
    } catch (EventCalendar.CalendarException | StoreException e) {
      LOG.error("Discord events of server {} could not be brought in step: {}", calendar.server(), e.getMessage());
      return Result.refused("niet bijgewerkt: " + e.getMessage());
    }
  }

  private Result run(EventCalendar calendar) throws EventCalendar.CalendarException, StoreException {
    Programme programme = store.current();
    LocalDate day = programme.event().date()
        .orElseGet(() -> LocalDate.now(clock.withZone(programme.event().timezone())));
    Instant now = clock.instant();
    Map<String, EventCalendar.Planned> wanted = new LinkedHashMap<>();
    for (Session session : programme.sessions()) {
      EventCalendar.Planned planned = planned(programme, day, session);
      if (planned.start().isAfter(now)) {
        wanted.put(session.id(), planned);
      }
    }
    List<EventCalendar.Existing> upcoming = calendar.upcoming();
    Map<String, EventCalendar.Existing> mine = new LinkedHashMap<>();
    upcoming.stream().filter(EventCalendar.Existing::mine).forEach(e -> mine.put(e.id(), e));
    Tally tally = new Tally(calendar, upcoming.size());
    Set<String> done = new HashSet<>();
    for (EventLinks.Link link : links.of(calendar.server())) {
      EventCalendar.Existing event = mine.remove(link.eventId());
      EventCalendar.Planned planned = link.day().equals(day) ? wanted.get(link.sessionId()) : null;
      if (event == null) {
        links.remove(calendar.server(), link.eventId()); // deleted by someone, or ended
      } else if (planned != null && done.add(link.sessionId())) {
        tally.update(event, planned);
      } else if (!event.started() && !(link.day().equals(day) && programme.session(link.sessionId()).isPresent())) {
        tally.delete(event); // its session is gone, or it is of another day
      }
    }
    // The bot's events the state does not know (a lost or restored state): adopt one per session, delete the rest.
    for (EventCalendar.Existing event : mine.values()) {
      Optional<EventCalendar.Planned> match = wanted.values().stream()
          .filter(p -> !done.contains(p.sessionId()) && p.name().equals(event.name())
              && p.start().equals(event.start())).findFirst();
      if (match.isPresent()) {
        done.add(match.get().sessionId());
        links.add(new EventLinks.Link(calendar.server(), event.id(), day, match.get().sessionId()));
        tally.update(event, match.get());
      } else if (!event.started()) {
        tally.delete(event);
      }
    }
    for (EventCalendar.Planned planned : wanted.values()) {
      if (!done.contains(planned.sessionId())) {
        tally.create(planned, day);
      }
    }
    LOG.info("Discord events of server {}: {} created, {} updated, {} deleted, {} failed, {} without room",
        calendar.server(), tally.created, tally.updated, tally.deleted, tally.failed, tally.full);
    return tally.result();
  }

  /** The changes made on one calendar; a change the platform refuses is logged and counted, and the rest goes on. */
  private final class Tally {
    private final EventCalendar calendar;
    private int active;
    private int created;
    private int updated;
    private int deleted;
    private int failed;
    private int full;

    Tally(EventCalendar calendar, int active) {
      this.calendar = calendar;
      this.active = active;
    }

    void create(EventCalendar.Planned planned, LocalDate day) throws StoreException {
      if (active >= MAX_ACTIVE) {
        full++;
        return;
      }
      try {
        String id = calendar.create(planned);
        links.add(new EventLinks.Link(calendar.server(), id, day, planned.sessionId()));
        created++;
        active++;
      } catch (EventCalendar.CalendarException e) {
        refused("create", planned.sessionId(), e);
      }
    }

    void update(EventCalendar.Existing event, EventCalendar.Planned planned) {
      if (event.same(planned) || event.started()) {
        return;
      }
      try {
        calendar.update(event.id(), planned);
        updated++;
      } catch (EventCalendar.CalendarException e) {
        refused("update", planned.sessionId(), e);
      }
    }

    void delete(EventCalendar.Existing event) throws StoreException {
      try {
        calendar.delete(event.id());
        links.remove(calendar.server(), event.id());
        deleted++;
        active--;
      } catch (EventCalendar.CalendarException e) {
        refused("delete", event.name(), e);
      }
    }

    private void refused(String what, String which, EventCalendar.CalendarException e) {
      failed++;
      LOG.warn("Discord refused to {} the event of {} in server {}: {}", what, which, calendar.server(),
          e.getMessage());
    }

    Result result() {
      return new Result(created, updated, deleted, failed, full, Optional.empty());
    }
  }

  /** The event a session gets: its title, block, place, and speakers and summary as description. */
  static EventCalendar.Planned planned(Programme programme, LocalDate day, Session session) {
    ZoneId zone = programme.event().timezone();
    String place = session.room().or(() -> programme.event().venue().map(v -> v.name()))
        .orElse(programme.event().title());
    List<String> parts = new ArrayList<>();
    String people = DutchText.join(programme.speakersOf(session).stream().map(s -> s.name()).toList());
    if (!people.isEmpty()) {
      parts.add("Met " + people + ".");
    }
    if (!session.summary().isBlank()) {
      parts.add(session.summary());
    }
    return new EventCalendar.Planned(session.id(), cut(session.title(), NAME_LIMIT),
        day.atTime(session.start()).atZone(zone).toInstant(), day.atTime(session.end()).atZone(zone).toInstant(),
        cut(place, LOCATION_LIMIT), cut(String.join("\n\n", parts), DESCRIPTION_LIMIT));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
