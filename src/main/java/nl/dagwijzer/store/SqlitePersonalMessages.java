package nl.dagwijzer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link PersonalMessages} on the {@code personal_message} table. */
final class SqlitePersonalMessages implements PersonalMessages {
  private static final String COLUMNS = "SELECT user_id, day, kind, session_id, start, status, at, reason"
      + " FROM personal_message";

  private final StateDatabase db;

  SqlitePersonalMessages(StateDatabase db) {
    this.db = db;
  }

  @Override
  public List<Entry> on(LocalDate day) throws StoreException {
    return select("de persoonlijke berichten lezen", COLUMNS + " WHERE day = ? ORDER BY at", day.toString());
  }

  @Override
  public List<Entry> of(String userId, LocalDate day) throws StoreException {
    return select("je berichten lezen", COLUMNS + " WHERE user_id = ? AND day = ? ORDER BY at", userId,
        day.toString());
  }

  private List<Entry> select(String what, String sql, String... values) throws StoreException {
    return db.read(what, c -> {
      List<Entry> result = new ArrayList<>();
      try (PreparedStatement p = Sql.prepare(c, sql, values); ResultSet r = p.executeQuery()) {
        while (r.next()) {
          result.add(entry(r));
        }
      }
      return result;
    });
  }

  private static Entry entry(ResultSet r) throws SQLException {
    Key key = new Key(r.getString(1), LocalDate.parse(r.getString(2)),
        Kind.valueOf(r.getString(3).toUpperCase(Locale.ROOT)), r.getString(4), LocalTime.parse(r.getString(5)));
    return new Entry(key, r.getString(6).equals("sent"), Instant.ofEpochMilli(r.getLong(7)),
        Optional.ofNullable(r.getString(8)));
  }

  @Override
  public void record(Key key, boolean delivered, Optional<String> reason, Instant at) throws StoreException {
    db.write("het persoonlijke bericht vastleggen", c -> {
      try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO personal_message (user_id, day, kind,"
          + " session_id, start, status, at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        p.setString(1, key.userId());
        p.setString(2, key.day().toString());
        p.setString(3, key.kind().label());
        p.setString(4, key.sessionId());
        p.setString(5, key.start().toString());
        p.setString(6, delivered ? "sent" : "failed");
        p.setLong(7, at.toEpochMilli());
        p.setString(8, reason.orElse(null));
        return p.executeUpdate();
      }
    });
  }

  @Override
  public void forgetBefore(LocalDate day) throws StoreException {
    db.write("oude persoonlijke berichten opruimen", c -> Sql.update(c,
        "DELETE FROM personal_message WHERE day < ?", day.toString()));
  }
}
