package nl.dagwijzer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@link UnansweredLog} on the {@code unanswered_question} table. */
final class SqliteUnansweredLog implements UnansweredLog {
  private final StateDatabase db;

  SqliteUnansweredLog(StateDatabase db) {
    this.db = db;
  }

  @Override
  public boolean record(LocalDate day, String text, Instant at, int maxPerDay) throws StoreException {
    return db.write("de onbeantwoorde vraag tellen", c -> {
      try (PreparedStatement p = c.prepareStatement("UPDATE unanswered_question SET count = count + 1,"
          + " last_asked = ? WHERE day = ? AND text = ?")) {
        p.setLong(1, at.toEpochMilli());
        p.setString(2, day.toString());
        p.setString(3, text);
        if (p.executeUpdate() > 0) {
          return true;
        }
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO unanswered_question (day, text, count, last_asked)"
          + " SELECT ?, ?, 1, ? WHERE (SELECT count(*) FROM unanswered_question WHERE day = ?) < ?")) {
        p.setString(1, day.toString());
        p.setString(2, text);
        p.setLong(3, at.toEpochMilli());
        p.setString(4, day.toString());
        p.setInt(5, maxPerDay);
        return p.executeUpdate() > 0;
      }
    });
  }

  @Override
  public List<Question> top(LocalDate since, int limit) throws StoreException {
    return db.read("de onbeantwoorde vragen lezen", c -> {
      List<Question> result = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT text, sum(count) AS asked, max(last_asked) AS last"
          + " FROM unanswered_question WHERE day >= ? GROUP BY text ORDER BY asked DESC, last DESC, text LIMIT ?")) {
        p.setString(1, since.toString());
        p.setInt(2, limit);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            result.add(new Question(r.getString(1), r.getInt(2), Instant.ofEpochMilli(r.getLong(3))));
          }
        }
      }
      return result;
    });
  }

  @Override
  public int clear() throws StoreException {
    return db.write("de onbeantwoorde vragen wissen", c -> {
      int texts;
      try (PreparedStatement p = c.prepareStatement("SELECT count(DISTINCT text) FROM unanswered_question");
           ResultSet r = p.executeQuery()) {
        texts = r.getInt(1);
      }
      Sql.update(c, "DELETE FROM unanswered_question");
      return texts;
    });
  }

  @Override
  public void forgetBefore(LocalDate day) throws StoreException {
    db.write("oude onbeantwoorde vragen opruimen", c -> Sql.update(c,
        "DELETE FROM unanswered_question WHERE day < ?", day.toString()));
  }
}
