package nl.dagwijzer.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which reminders were posted: one entry per session and start time on an event day, so neither a restart nor a
 * reload repeats a reminder, and a session that moves is reminded again at its new time.
 */
public interface ReminderLog {
  /** One session of a reminder: the event day, the start time it was reminded of, and the session's id. */
  record Key(LocalDate day, LocalTime start, String sessionId) {
    public Key {
      Objects.requireNonNull(day);
      Objects.requireNonNull(start);
      Objects.requireNonNull(sessionId);
    }
  }

  /** A reminder entry and when it was recorded. */
  record Posted(Key key, Instant at) {
  }

  /** Everything recorded for {@code day}, by start time and session id. */
  List<Posted> postedOn(LocalDate day) throws StoreException;

  /** Records that the reminder for these sessions was posted (entries already there are kept as they are). */
  void record(Collection<Key> keys) throws StoreException;

  /** Forgets the entries of days before {@code day}, so the table does not grow day after day. */
  void forgetBefore(LocalDate day) throws StoreException;
}
