package nl.dagwijzer.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the JSON state files of earlier versions ({@code announcements.json}, {@code reminders.json}) into the
 * database once, at start: both are read and checked completely first, then imported in one transaction that also
 * records each file's SHA-256, and only then renamed to {@code *.imported}. A crash before the commit imports nothing;
 * a crash between the commit and the renaming is recognised by the hash at the next start, which only renames.
 * A broken file stops the start with one Dutch line naming the file, the place and what to do.
 */
final class JsonImport {
  static final String ANNOUNCEMENTS = "announcements.json";
  static final String REMINDERS = "reminders.json";
  static final long MAX_BYTES = 10L * 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(JsonImport.class);
  private static final String TO_DO = " Herstel of verwijder het bestand (de bot leest het één keer in, in "
      + StateDatabase.FILE + ") en start de bot opnieuw.";

  private final StateDatabase db;
  private final Path dir;
  private final ZoneId zone;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  JsonImport(StateDatabase db, Path dir, ZoneId zone, Clock clock) {
    this.db = db;
    this.dir = dir;
    this.zone = zone;
    this.clock = clock;
  }

  /** A file of an earlier version: its name, content hash and checked entries. */
  private record Found(Path file, String sha256, List<LegacyAnnouncement> announcements, Long nextId,
                       List<ReminderLog.Key> reminders) {
    int entries() {
      return announcements.size() + reminders.size();
    }
  }

  void importOnce() throws StoreException {
    List<Found> found = new ArrayList<>();
    for (String name : List.of(ANNOUNCEMENTS, REMINDERS)) {
      Path file = dir.resolve(name);
      if (Files.exists(file) || Files.isSymbolicLink(file)) {
        found.add(read(file));
      }
    }
    if (found.isEmpty()) {
      return;
    }
    List<Found> imported = db.write("de oude JSON-bestanden inlezen", c -> {
      List<Found> fresh = new ArrayList<>();
      for (Found f : found) {
        if (!alreadyImported(c, f)) {
          store(c, f);
          fresh.add(f);
        }
      }
      return fresh;
    });
    for (Found f : imported) {
      LOG.info("Imported {} entries from {} into {}", f.entries(), f.file(), db.file());
    }
    found.forEach(this::rename);
  }

  private Found read(Path file) throws StoreException {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw broken(file + " is een map, geen bestand.");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw broken(file + " is groter dan " + MAX_BYTES / (1024 * 1024) + " MB; zo groot wordt de staat nooit.");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw broken(file + " kan niet worden gelezen (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").");
    }
    if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      throw broken(file + " is leeg.");
    }
    JsonNode root;
    try {
      root = json.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      String what = e.getOriginalMessage().startsWith("Unexpected end-of-input")
          ? "het bestand houdt halverwege op" : "ongeldige JSON";
      throw broken(file + where + ": " + what + ".");
    } catch (IOException e) {
      throw broken(file + " kan niet worden gelezen (" + e.getMessage() + ").");
    }
    if (root == null || !root.isObject()) {
      throw broken(file + ": verwacht een JSON-object { … }.");
    }
    String sha = sha256(bytes);
    LegacyState.Parsed parsed = name.equals(ANNOUNCEMENTS)
        ? LegacyState.announcements(file, root) : LegacyState.reminders(file, root);
    return new Found(file, sha, parsed.announcements(), parsed.nextId(), parsed.reminders());
  }

  static StoreException broken(String problem) {
    return new StoreException(problem + TO_DO);
  }

  private static boolean alreadyImported(Connection c, Found f) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM imported_file WHERE name = ? AND sha256 = ?")) {
      p.setString(1, f.file().getFileName().toString());
      p.setString(2, f.sha256());
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  private void store(Connection c, Found f) throws SQLException {
    long now = clock.millis();
    for (LegacyAnnouncement a : f.announcements()) {
      boolean keepId = a.id() != null && !idTaken(c, a.id());
      try (PreparedStatement p = c.prepareStatement("INSERT INTO announcement (id, text, due_at, zone, channel_id,"
          + " author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        if (keepId) {
          p.setLong(1, a.id());
        } else {
          p.setNull(1, java.sql.Types.INTEGER);
          LOG.info("Announcement '{}' from {} gets a new id (its id was missing or used twice)", a.id(), f.file());
        }
        p.setString(2, a.text());
        p.setLong(3, a.at().toEpochMilli());
        p.setString(4, zone.getId());
        p.setString(5, a.channel());
        p.setString(6, a.author());
        p.setLong(7, now);
        p.executeUpdate();
      }
    }
    if (f.nextId() != null) {
      // Ids the old file had handed out (posted or cancelled announcements) are not handed out again.
      try (PreparedStatement p = c.prepareStatement("INSERT INTO sqlite_sequence (name, seq) SELECT 'announcement', 0"
          + " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'announcement')")) {
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'announcement'")) {
        p.setLong(1, f.nextId() - 1);
        p.executeUpdate();
      }
    }
    SqliteReminderLog.insert(c.prepareStatement("INSERT OR IGNORE INTO reminder_posted (day, start, session_id,"
        + " posted_at) VALUES (?, ?, ?, ?)"), f.reminders(), now);
    try (PreparedStatement p = c.prepareStatement("INSERT INTO imported_file VALUES (?, ?, ?, ?)")) {
      p.setString(1, f.file().getFileName().toString());
      p.setString(2, f.sha256());
      p.setInt(3, f.entries());
      p.setLong(4, now);
      p.executeUpdate();
    }
  }

  private static boolean idTaken(Connection c, long id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM announcement WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  /** Renames an imported file to {@code name.imported} (or {@code .imported.2}, ...), and makes that durable. */
  private void rename(Found f) {
    Path target = f.file().resolveSibling(f.file().getFileName() + ".imported");
    for (int n = 2; Files.exists(target); n++) {
      target = f.file().resolveSibling(f.file().getFileName() + ".imported." + n);
    }
    try {
      Files.move(f.file(), target, StandardCopyOption.ATOMIC_MOVE);
      try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
        folder.force(true);
      }
    } catch (IOException e) {
      // Already in the database and recorded by its hash: the next start only renames it.
      LOG.warn("Imported {} but could not rename it to {}: {}", f.file(), target, e.getMessage());
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
