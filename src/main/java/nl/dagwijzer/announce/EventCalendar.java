package nl.dagwijzer.announce;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A server's calendar of scheduled events (Discord's Events): the chat adapter implements it. Calls may block for a
 * network round trip; they are made off the chat platform's own threads.
 */
public interface EventCalendar {
  /** The server's id. */
  String server();

  /** Why the bot may not make or change events here (Dutch, saying what to do); empty when it may. */
  Optional<String> missingPermission();

  /** The events that have not ended yet, the bot's own and others'. */
  List<Existing> upcoming() throws CalendarException;

  /** Makes an event; returns its id. */
  String create(Planned event) throws CalendarException;

  /** Changes the bot's event {@code id} to {@code event}. */
  void update(String id, Planned event) throws CalendarException;

  void delete(String id) throws CalendarException;

  /** An event the programme wants: one session, at a place (a room, the venue or the day's title). */
  record Planned(String sessionId, String name, Instant start, Instant end, String location, String description) {
  }

  /** An event on the calendar; {@code mine} when the bot made it, {@code started} when it is under way. */
  record Existing(String id, String name, Instant start, Instant end, String location, String description,
                  boolean mine, boolean started) {
    boolean same(Planned planned) {
      return name.equals(planned.name()) && start.equals(planned.start()) && end.equals(planned.end())
          && location.equals(planned.location()) && description.equals(planned.description());
    }
  }

  /** The platform refused or could not be reached; the message says what went wrong. */
  final class CalendarException extends Exception {
    public CalendarException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
