package nl.dagwijzer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link AnnouncementStore} on the {@code announcement} table. */
final class SqliteAnnouncements implements AnnouncementStore {
  private final StateDatabase db;
  private final Clock clock;

  SqliteAnnouncements(StateDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public ScheduledAnnouncement add(String text, Instant at, ZoneId zone, Optional<String> channel, String author)
      throws StoreException {
    long id = db.write("de aankondiging opslaan", c -> {
      try (PreparedStatement p = c.prepareStatement("INSERT INTO announcement (text, due_at, zone, channel_id,"
          + " author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        p.setString(1, text);
        p.setLong(2, at.toEpochMilli());
        p.setString(3, zone.getId());
        p.setString(4, channel.orElse(null));
        p.setString(5, author == null ? "" : author);
        p.setLong(6, clock.millis());
        p.executeUpdate();
        try (ResultSet keys = p.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
    return new ScheduledAnnouncement(Long.toString(id), text, Instant.ofEpochMilli(at.toEpochMilli()), channel,
        author);
  }

  @Override
  public List<ScheduledAnnouncement> pending() throws StoreException {
    return db.read("de geplande aankondigingen lezen", c -> {
      List<ScheduledAnnouncement> result = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, text, due_at, channel_id,"
          + " author_id FROM announcement WHERE status = 'pending' ORDER BY due_at, id")) {
        while (r.next()) {
          result.add(new ScheduledAnnouncement(Long.toString(r.getLong(1)), r.getString(2),
              Instant.ofEpochMilli(r.getLong(3)), Optional.ofNullable(r.getString(4)), r.getString(5)));
        }
      }
      return result;
    });
  }

  @Override
  public boolean cancel(String id) throws StoreException {
    return close(id, "cancelled", "de aankondiging intrekken");
  }

  @Override
  public void finish(String id, Outcome outcome) throws StoreException {
    close(id, outcome.name().toLowerCase(Locale.ROOT), "vastleggen wat er met aankondiging " + id + " gebeurde");
  }

  private boolean close(String id, String status, String what) throws StoreException {
    Optional<Long> number = number(id);
    if (number.isEmpty()) {
      return false;
    }
    return db.write(what, c -> {
      try (PreparedStatement p = c.prepareStatement("UPDATE announcement SET status = ?, closed_at = ?"
          + " WHERE id = ? AND status = 'pending'")) {
        p.setString(1, status);
        p.setLong(2, clock.millis());
        p.setLong(3, number.get());
        return p.executeUpdate() == 1;
      }
    });
  }

  private static Optional<Long> number(String id) {
    String trimmed = id == null ? "" : id.strip();
    if (!trimmed.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(trimmed));
  }
}
