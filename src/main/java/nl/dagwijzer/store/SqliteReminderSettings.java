package nl.dagwijzer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** {@link ReminderSettings} on the {@code reminder_setting} table. */
final class SqliteReminderSettings implements ReminderSettings {
  private final StateDatabase db;
  private final Clock clock;

  SqliteReminderSettings(StateDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public boolean enabled(String userId) throws StoreException {
    return disabledAmong(Set.of(userId)).isEmpty();
  }

  @Override
  public Set<String> disabledAmong(Collection<String> userIds) throws StoreException {
    return db.read("de instellingen voor herinneringen lezen", c -> {
      Set<String> off = new HashSet<>();
      try (PreparedStatement p = c.prepareStatement("SELECT enabled FROM reminder_setting WHERE user_id = ?")) {
        for (String userId : new HashSet<>(userIds)) {
          p.setString(1, userId);
          try (ResultSet r = p.executeQuery()) {
            if (r.next() && r.getInt(1) == 0) {
              off.add(userId);
            }
          }
        }
      }
      return off;
    });
  }

  @Override
  public void set(String userId, boolean enabled) throws StoreException {
    db.write("je instelling voor herinneringen opslaan", c -> {
      try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO reminder_setting (user_id, enabled,"
          + " changed_at) VALUES (?, ?, ?)")) {
        p.setString(1, userId);
        p.setInt(2, enabled ? 1 : 0);
        p.setLong(3, clock.millis());
        return p.executeUpdate();
      }
    });
  }
}
