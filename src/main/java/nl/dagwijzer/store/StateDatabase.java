package nl.dagwijzer.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * All the bot's state in one SQLite file, {@code dagwijzer.db} in the state folder. WAL mode with
 * {@code synchronous=FULL}: a commit is on disk (fsynced) before it returns, so whatever the bot confirmed survives a
 * crash or a power cut, and readers (check-state) never block the bot.
 *
 * <p>{@link #open} is the start-up check: the folder exists (it is made when missing) and is writable, the file opens
 * and passes {@code PRAGMA quick_check}, the schema migrates, a write succeeds, and the JSON files of earlier
 * versions are imported. Each failure is a {@link StoreException} with one Dutch line naming the file and what to do.
 *
 * <p>One connection, used under this object's lock: SQLite allows one writer at a time anyway, and the bot writes a
 * few rows a minute. The stores work through {@link #read} and {@link #write}, so no caller ever holds the
 * connection. Thread-safe.
 */
public final class StateDatabase implements AutoCloseable {
  public static final String FILE = "dagwijzer.db";
  static final int BUSY_TIMEOUT_MILLIS = 5_000;
  private static final Logger LOG = LoggerFactory.getLogger(StateDatabase.class);
  private static final String AGAIN = " en start de bot opnieuw.";

  private final Path file;
  private final Connection connection;
  private final Clock clock;
  private final String instanceId;

  private StateDatabase(Path file, Connection connection, Clock clock, String instanceId) {
    this.file = file;
    this.connection = connection;
    this.clock = clock;
    this.instanceId = instanceId;
  }

  /**
   * Opens (or creates) {@code dir/dagwijzer.db} for the bot after every start-up check, and imports the JSON files
   * of earlier versions found in {@code dir} (announcements without a time zone get {@code zone}).
   */
  public static StateDatabase open(Path dir, ZoneId zone, Clock clock) throws StoreException {
    Path file = dir.resolve(FILE);
    requireWritableFolder(dir, file);
    Connection c = connect(file, false);
    try {
      quickCheck(c, file);
      Migrations.all().apply(c, clock, file.toString());
      String instance = writeProbe(c, file, clock);
      StateDatabase db = new StateDatabase(file, c, clock, instance);
      new JsonImport(db, dir, zone, clock).importOnce();
      LOG.info("State database {} ready (schema {})", file, Migrations.all().latest());
      return db;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException(file + " kan niet worden gebruikt: " + StoreException.reason(e) + ". "
          + whatToDo(e) + AGAIN, e);
    } catch (StoreException | RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** Opens an existing {@code dir/dagwijzer.db} read-only, for an operator's look at it; changes nothing. */
  public static StateDatabase openForReading(Path dir, Clock clock) throws StoreException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new StoreException(file + " bestaat niet: de bot heeft in " + dir + " nog niets opgeslagen. Controleer"
          + " de map (DAGWIJZER_STATE_DIR).");
    }
    Connection c = connect(file, true);
    try {
      quickCheck(c, file);
      int version = Migrations.version(c);
      if (version != Migrations.all().latest()) {
        throw new StoreException(file + " heeft schema " + version + ", deze versie van Dagwijzer leest schema "
            + Migrations.all().latest() + ". Start de bot één keer om het bij te werken, of gebruik de versie die"
            + " het bestand maakte.");
      }
      return new StateDatabase(file, c, clock, meta(c, "instance_id"));
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException(file + " kan niet worden gelezen: " + StoreException.reason(e) + ". "
          + whatToDo(e) + ".", e);
    } catch (StoreException | RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  public Path file() {
    return file;
  }

  /**
   * A short random id of this database, made when it was created: it makes the keys under which messages are
   * posted once (see {@code Poster}) unique to this file, so a fresh state folder never collides with an old one.
   */
  public String instanceId() {
    return instanceId;
  }

  public AnnouncementStore announcements() {
    return new SqliteAnnouncements(this, clock);
  }

  public ReminderLog reminders() {
    return new SqliteReminderLog(this, clock);
  }

  /** The per-user and per-server state: personal programmes, their reminders, unanswered questions, events. */
  public PersonalState personal() {
    return new PersonalState(new SqlitePersonalChoices(this), new SqliteReminderSettings(this, clock),
        new SqlitePersonalMessages(this), new SqliteUnansweredLog(this), new SqliteEventLinks(this, clock));
  }

  /** Work on the connection that only reads. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  synchronized <T> T read(String what, Work<T> work) throws StoreException {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw StoreException.of(what, e);
    }
  }

  /** {@code work} in one transaction: all of it is committed (and on disk), or none of it. */
  synchronized <T> T write(String what, Work<T> work) throws StoreException {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw StoreException.of(what, e);
    }
  }

  /** For tests in this package: a real SQLite refusal of every write ({@code PRAGMA query_only}). */
  synchronized void refuseWrites(boolean refuse) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA query_only = " + (refuse ? "ON" : "OFF"));
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly(connection);
  }

  private static void requireWritableFolder(Path dir, Path file) throws StoreException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException("De map voor de staat " + dir + " (DAGWIJZER_STATE_DIR) is een bestand, geen map."
          + " Zet DAGWIJZER_STATE_DIR op een map, of verplaats dat bestand" + AGAIN);
    }
    try {
      Files.createDirectories(dir);
    } catch (Exception e) {
      throw new StoreException("De map voor de staat " + dir + " (DAGWIJZER_STATE_DIR) kan niet worden gemaakt ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Maak de map en geef de bot er schrijfrecht"
          + " op" + AGAIN, e);
    }
    if (!Files.isWritable(dir) || Files.exists(file) && !Files.isWritable(file)) {
      Path target = Files.isWritable(dir) ? file : dir;
      throw new StoreException(target + " is niet schrijfbaar voor de gebruiker van de bot. Geef die gebruiker"
          + " schrijfrecht (bijvoorbeeld: chown -R <uid> " + dir + ")" + AGAIN);
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new StoreException(file + " is geen bestand. Verplaats het" + AGAIN);
    }
  }

  private static Connection connect(Path file, boolean readOnly) throws StoreException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    config.setReadOnly(readOnly);
    try {
      return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw new StoreException(file + " kan niet worden geopend: " + StoreException.reason(e) + ". " + whatToDo(e)
          + (readOnly ? "." : AGAIN), e);
    }
  }

  private static void quickCheck(Connection c, Path file) throws SQLException, StoreException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
      String first = r.next() ? r.getString(1) : "geen antwoord";
      if (!"ok".equalsIgnoreCase(first)) {
        throw new StoreException(file + " is beschadigd (PRAGMA quick_check: " + first + "). Zet een reservekopie"
            + " terug, of verplaats het bestand om met een lege staat te beginnen" + AGAIN);
      }
    }
  }

  /** Proves that the file takes a write (and gives the database its instance id the first time). */
  private static String writeProbe(Connection c, Path file, Clock clock) throws SQLException {
    c.setAutoCommit(false);
    try {
      String instance = meta(c, "instance_id");
      if (instance == null) {
        instance = randomId();
        putMeta(c, "instance_id", instance);
      }
      putMeta(c, "last_start", clock.instant().toString());
      c.commit();
      return instance;
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  static String meta(Connection c, String key) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static void putMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
      p.setString(1, key);
      p.setString(2, value);
      p.executeUpdate();
    }
  }

  private static String randomId() {
    String digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    SecureRandom random = new SecureRandom();
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      id.append(digits.charAt(random.nextInt(digits.length())));
    }
    return id.toString();
  }

  private static String whatToDo(SQLException e) {
    String reason = StoreException.reason(e);
    if (reason.contains("vol")) {
      return "Maak ruimte vrij op de schijf";
    }
    if (reason.contains("alleen-lezen") || reason.contains("geopend")) {
      return "Geef de gebruiker van de bot schrijfrecht op de map en het bestand";
    }
    if (reason.contains("beschadigd")) {
      return "Zet een reservekopie terug, of verplaats het bestand om met een lege staat te beginnen";
    }
    if (reason.contains("bezet")) {
      return "Stop het andere proces dat het bestand gebruikt";
    }
    return "Controleer de map en het bestand";
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.warn("Rollback failed: {}", e.getMessage());
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      LOG.warn("Closing the state database failed: {}", e.getMessage());
    }
  }
}
