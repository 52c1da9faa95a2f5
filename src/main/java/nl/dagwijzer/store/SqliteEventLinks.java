package nl.dagwijzer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@link EventLinks} on the {@code discord_event} table. */
final class SqliteEventLinks implements EventLinks {
  private final StateDatabase db;
  private final Clock clock;

  SqliteEventLinks(StateDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public List<Link> of(String guildId) throws StoreException {
    return db.read("de Discord-evenementen lezen", c -> {
      List<Link> result = new ArrayList<>();
      try (PreparedStatement p = Sql.prepare(c, "SELECT guild_id, event_id, day, session_id"
          + " FROM discord_event WHERE guild_id = ? ORDER BY day, session_id", guildId);
           ResultSet r = p.executeQuery()) {
        while (r.next()) {
          result.add(new Link(r.getString(1), r.getString(2), LocalDate.parse(r.getString(3)), r.getString(4)));
        }
      }
      return result;
    });
  }

  @Override
  public void add(Link link) throws StoreException {
    db.write("het Discord-evenement vastleggen", c -> {
      try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO discord_event (guild_id, event_id, day,"
          + " session_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
        p.setString(1, link.guildId());
        p.setString(2, link.eventId());
        p.setString(3, link.day().toString());
        p.setString(4, link.sessionId());
        p.setLong(5, clock.millis());
        return p.executeUpdate();
      }
    });
  }

  @Override
  public void remove(String guildId, String eventId) throws StoreException {
    db.write("het Discord-evenement vergeten", c -> Sql.update(c,
        "DELETE FROM discord_event WHERE guild_id = ? AND event_id = ?", guildId, eventId));
  }
}
