package nl.dagwijzer.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema, as numbered SQL files in {@code /db} applied in order at start and recorded in {@code schema_version}.
 * A hand-made table instead of Flyway: a few files need no framework, and start-up loads fewer classes.
 *
 * <p>To change the schema, add {@code V<n>__what.sql} (the next number) to {@code src/main/resources/db} and its
 * name to {@link #FILES}; never edit a file that was released. Each file runs in one transaction with its
 * {@code schema_version} row, so a crash leaves the database at the version before or after it.
 */
final class Migrations {
  /** Every migration, in order; the number in the name is the version it brings the database to. */
  static final List<String> FILES = List.of("V1__announcements_and_reminders.sql", "V2__personal_programme.sql");
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private final List<String> files;

  Migrations(List<String> files) {
    this.files = List.copyOf(files);
  }

  static Migrations all() {
    return new Migrations(FILES);
  }

  int latest() {
    return files.size();
  }

  /** The version the database is at: 0 for an empty one. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet tables = s.executeQuery(
             "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
      if (tables.getInt(1) == 0) {
        return 0;
      }
    }
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
      return r.getInt(1);
    }
  }

  /**
   * Brings the database to {@link #latest()}; refuses one made by a newer version, whose tables this one does not
   * know (a Dutch message saying so).
   */
  void apply(Connection c, Clock clock, String file) throws SQLException, StoreException {
    int current = version(c);
    if (current > latest()) {
      throw new StoreException(file + " is gemaakt door een nieuwere versie van Dagwijzer (schema " + current
          + ", deze versie kent tot en met " + latest() + "). Start die nieuwere versie, of zet een reservekopie"
          + " van voor die versie terug.");
    }
    for (int version = current + 1; version <= latest(); version++) {
      String name = files.get(version - 1);
      if (!name.startsWith("V" + version + "__")) {
        throw new IllegalStateException("migration " + name + " is not version " + version);
      }
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
            + " name TEXT NOT NULL, applied_at INTEGER NOT NULL)");
        for (String sql : statements(read(name))) {
          s.executeUpdate(sql);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
          p.setInt(1, version);
          p.setString(2, name);
          p.setLong(3, clock.millis());
          p.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
      LOG.info("State database migrated to version {} ({})", version, name);
    }
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("/db/" + name)) {
      if (in == null) {
        throw new IllegalStateException("migration /db/" + name + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements of a migration: comment lines dropped, split after each ';' that ends a line. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        statements.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }
}
