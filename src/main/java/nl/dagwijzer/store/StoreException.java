package nl.dagwijzer.store;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/**
 * The state could not be read or written. The message is Dutch and says what is wrong in words an organiser or
 * operator understands ("de schijf is vol"); the cause keeps SQLite's own error for the log.
 */
public final class StoreException extends Exception {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }

  /** A failed statement as a Dutch reason: {@code what} failed, because of the SQLite result code. */
  static StoreException of(String what, SQLException e) {
    return new StoreException(what + ": " + reason(e), e);
  }

  /** What a SQLite error means for the one who has to act on it. */
  static String reason(SQLException e) {
    int primary = e instanceof SQLiteException s ? s.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
    return switch (primary) {
      case 3, 8 -> "het bestand of de map is alleen-lezen";
      case 5, 6 -> "de database is bezet door een ander proces";
      case 10 -> "lees- of schrijffout op de schijf";
      case 11, 26 -> "het bestand is beschadigd of geen SQLite-database";
      case 13 -> "de schijf is vol";
      case 14 -> "het bestand kan niet worden geopend";
      default -> "databasefout (" + e.getMessage() + ")";
    };
  }
}
