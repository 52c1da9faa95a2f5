package nl.dagwijzer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Statements with text parameters, for the stores' short queries. */
final class Sql {
  private Sql() {
  }

  /** A statement with {@code values} bound as text, in order; the caller closes it. */
  static PreparedStatement prepare(Connection c, String sql, String... values) throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    try {
      for (int i = 0; i < values.length; i++) {
        p.setString(i + 1, values[i]);
      }
      return p;
    } catch (SQLException e) {
      p.close();
      throw e;
    }
  }

  /** Runs an update with text parameters; returns the rows changed. */
  static int update(Connection c, String sql, String... values) throws SQLException {
    try (PreparedStatement p = prepare(c, sql, values)) {
      return p.executeUpdate();
    }
  }
}
