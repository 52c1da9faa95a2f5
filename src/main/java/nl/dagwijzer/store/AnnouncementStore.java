package nl.dagwijzer.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Scheduled announcements as the bot keeps them across restarts. Every method either did all it says (committed and
 * on disk) or throws, having changed nothing.
 */
public interface AnnouncementStore {
  /** What finally became of a scheduled announcement. */
  enum Outcome { POSTED, DROPPED, FAILED }

  /** Stores a new announcement due at {@code at} (scheduled in {@code zone}) and returns it with its new id. */
  ScheduledAnnouncement add(String text, Instant at, ZoneId zone, Optional<String> channel, String author)
      throws StoreException;

  /** The announcements still to be posted, in time order (then by id). */
  List<ScheduledAnnouncement> pending() throws StoreException;

  /** Cancels the pending announcement {@code id}; false when no pending announcement has that id. */
  boolean cancel(String id) throws StoreException;

  /** Records that the pending announcement {@code id} was posted, dropped or given up; no longer pending. */
  void finish(String id, Outcome outcome) throws StoreException;
}
