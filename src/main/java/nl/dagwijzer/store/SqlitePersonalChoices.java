package nl.dagwijzer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** {@link PersonalChoices} on the {@code personal_choice} table. */
final class SqlitePersonalChoices implements PersonalChoices {
  private static final String COLUMNS = "SELECT user_id, day, session_id, title, block_start, block_end, chosen_at"
      + " FROM personal_choice";
  private static final String ORDER = " ORDER BY block_start, session_id, user_id";

  private final StateDatabase db;

  SqlitePersonalChoices(StateDatabase db) {
    this.db = db;
  }

  @Override
  public List<Choice> of(String userId, LocalDate day) throws StoreException {
    return db.read("je programma lezen", c -> select(c, COLUMNS + " WHERE user_id = ? AND day = ?" + ORDER,
        userId, day.toString()));
  }

  @Override
  public List<Choice> on(LocalDate day) throws StoreException {
    return db.read("de persoonlijke programma's lezen", c -> select(c, COLUMNS + " WHERE day = ?" + ORDER,
        day.toString()));
  }

  @Override
  public List<Choice> ofSessions(LocalDate day, Collection<String> sessionIds) throws StoreException {
    List<Choice> result = new ArrayList<>();
    for (String sessionId : sessionIds) {
      result.addAll(db.read("de keuzes voor een sessie lezen", c -> select(c, COLUMNS
          + " WHERE day = ? AND session_id = ?" + ORDER, day.toString(), sessionId)));
    }
    return result;
  }

  @Override
  public void choose(Choice choice, Collection<String> replaced) throws StoreException {
    db.write("je keuze opslaan", c -> {
      try (PreparedStatement delete = c.prepareStatement(
          "DELETE FROM personal_choice WHERE user_id = ? AND day = ? AND session_id = ?")) {
        for (String sessionId : replaced) {
          delete.setString(1, choice.userId());
          delete.setString(2, choice.day().toString());
          delete.setString(3, sessionId);
          delete.executeUpdate();
        }
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT OR REPLACE INTO personal_choice"
          + " (user_id, day, session_id, title, block_start, block_end, chosen_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, choice.userId());
        insert.setString(2, choice.day().toString());
        insert.setString(3, choice.sessionId());
        insert.setString(4, choice.title());
        insert.setString(5, choice.start().toString());
        insert.setString(6, choice.end().toString());
        insert.setLong(7, choice.chosenAt().toEpochMilli());
        return insert.executeUpdate();
      }
    });
  }

  @Override
  public boolean forget(String userId, LocalDate day, String sessionId) throws StoreException {
    return db.write("je keuze verwijderen", c -> Sql.update(c, "DELETE FROM personal_choice WHERE user_id = ?"
        + " AND day = ? AND session_id = ?", userId, day.toString(), sessionId)) > 0;
  }

  @Override
  public void move(String userId, LocalDate day, String sessionId, LocalTime start, LocalTime end)
      throws StoreException {
    db.write("een verplaatste keuze bijwerken", c -> Sql.update(c, "UPDATE personal_choice SET block_start = ?,"
        + " block_end = ? WHERE user_id = ? AND day = ? AND session_id = ?", start.toString(), end.toString(),
        userId, day.toString(), sessionId));
  }

  @Override
  public void forgetBefore(LocalDate day) throws StoreException {
    db.write("oude keuzes opruimen", c -> Sql.update(c, "DELETE FROM personal_choice WHERE day < ?", day.toString()));
  }

  private static List<Choice> select(Connection c, String sql, String... values) throws SQLException {
    List<Choice> result = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, sql, values); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        result.add(new Choice(r.getString(1), LocalDate.parse(r.getString(2)), r.getString(3), r.getString(4),
            LocalTime.parse(r.getString(5)), LocalTime.parse(r.getString(6)), Instant.ofEpochMilli(r.getLong(7))));
      }
    }
    return result;
  }
}
