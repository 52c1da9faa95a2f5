package nl.dagwijzer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** {@link ReminderLog} on the {@code reminder_posted} table. */
final class SqliteReminderLog implements ReminderLog {
  private final StateDatabase db;
  private final Clock clock;

  SqliteReminderLog(StateDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public List<Posted> postedOn(LocalDate day) throws StoreException {
    return db.read("de geplaatste herinneringen lezen", c -> {
      List<Posted> result = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT start, session_id, posted_at FROM reminder_posted"
          + " WHERE day = ? ORDER BY start, session_id")) {
        p.setString(1, day.toString());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            result.add(new Posted(new Key(day, LocalTime.parse(r.getString(1)), r.getString(2)),
                Instant.ofEpochMilli(r.getLong(3))));
          }
        }
      }
      return result;
    });
  }

  @Override
  public void record(Collection<Key> keys) throws StoreException {
    db.write("de herinnering vastleggen", c -> {
      insert(c.prepareStatement("INSERT OR IGNORE INTO reminder_posted (day, start, session_id, posted_at)"
          + " VALUES (?, ?, ?, ?)"), keys, clock.millis());
      return null;
    });
  }

  /** Inserts {@code keys} with the statement and closes it; shared with the import of reminders.json. */
  static void insert(PreparedStatement p, Collection<Key> keys, long at) throws java.sql.SQLException {
    try (p) {
      for (Key key : keys) {
        p.setString(1, key.day().toString());
        p.setString(2, key.start().toString());
        p.setString(3, key.sessionId());
        p.setLong(4, at);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  @Override
  public void forgetBefore(LocalDate day) throws StoreException {
    db.write("oude herinneringen opruimen", c -> {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM reminder_posted WHERE day < ?")) {
        p.setString(1, day.toString());
        return p.executeUpdate();
      }
    });
  }
}
