package nl.dagwijzer.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The direct messages a user was sent about their programme, or that could not be delivered: one entry per
 * reminder (session and start), per move of a chosen session (its new start) and per removal. An entry is never
 * written twice, so nothing is sent twice across restarts and reloads, and a failed delivery is not tried forever.
 */
public interface PersonalMessages {
  /** What the message was about. */
  enum Kind {
    REMINDER, MOVED, REMOVED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One message: to whom, on which day, about which session and start. */
  record Key(String userId, LocalDate day, Kind kind, String sessionId, LocalTime start) {
    public Key {
      Objects.requireNonNull(userId);
      Objects.requireNonNull(day);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(sessionId);
      Objects.requireNonNull(start);
    }
  }

  /** A message sent, or not delivered (with the reason, in Dutch). */
  record Entry(Key key, boolean delivered, Instant at, Optional<String> reason) {
  }

  /** Everything recorded on {@code day}. */
  List<Entry> on(LocalDate day) throws StoreException;

  /** What was recorded for one user on {@code day}, in the order it was recorded. */
  List<Entry> of(String userId, LocalDate day) throws StoreException;

  /**
   * Records one message at {@code at} (the bot's clock, which a rehearsal runs ahead); an entry already there is
   * kept as it is.
   */
  void record(Key key, boolean delivered, Optional<String> reason, Instant at) throws StoreException;

  /** Forgets the entries of days before {@code day}. */
  void forgetBefore(LocalDate day) throws StoreException;
}
