package nl.dagwijzer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.testing.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("State database: start-up checks, pragmas, migrations")
final class StateDatabaseTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private final ManualClock clock = new ManualClock(Instant.parse("2025-03-14T09:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private StateDatabase open(Path folder) throws StoreException {
    return StateDatabase.open(folder, AMSTERDAM, clock);
  }

  private static String pragma(StateDatabase db, String name) throws StoreException {
    return db.read("pragma", c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
        return r.getString(1);
      }
    });
  }

  @Test
  @DisplayName("a missing folder is made and gets dagwijzer.db in WAL mode, synchronous FULL, a busy timeout, schema 2")
  void createsTheDatabase() throws Exception {
    // given
    Path folder = dir.resolve("nieuw/state");

    // when
    try (StateDatabase db = open(folder)) {
      // then
      assertThat(db.file()).isEqualTo(folder.resolve("dagwijzer.db")).isRegularFile();
      assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(db, "synchronous")).isEqualTo("2");
      assertThat(pragma(db, "busy_timeout")).isEqualTo("5000");
      assertThat(db.read("version", Migrations::version)).isEqualTo(2);
      assertThat(db.instanceId()).matches("[0-9a-z]{6}");
    }
  }

  @Test
  @DisplayName("the instance id stays the same across restarts")
  void keepsItsInstanceId() throws Exception {
    // given
    String first;
    try (StateDatabase db = open(dir)) {
      first = db.instanceId();
    }

    // when
    try (StateDatabase db = open(dir)) {
      // then
      assertThat(db.instanceId()).isEqualTo(first);
    }
  }

  @Test
  @DisplayName("a file where the state folder should be: one Dutch line naming it and what to do")
  void fileInsteadOfFolder() throws Exception {
    // given
    Path notAFolder = Files.writeString(dir.resolve("state"), "oeps");

    // when / then
    assertThatThrownBy(() -> open(notAFolder)).isInstanceOf(StoreException.class)
        .hasMessage("De map voor de staat " + notAFolder + " (DAGWIJZER_STATE_DIR) is een bestand, geen map. Zet"
            + " DAGWIJZER_STATE_DIR op een map, of verplaats dat bestand en start de bot opnieuw.");
  }

  @Test
  @DisplayName("a state folder that cannot be made (a file in its path): one Dutch line")
  void folderCannotBeMade() throws Exception {
    // given
    Files.writeString(dir.resolve("bestand"), "oeps");
    Path below = dir.resolve("bestand/state");

    // when / then
    assertThatThrownBy(() -> open(below)).isInstanceOf(StoreException.class)
        .hasMessageStartingWith("De map voor de staat " + below + " (DAGWIJZER_STATE_DIR) kan niet worden gemaakt (")
        .hasMessageEndingWith("). Maak de map en geef de bot er schrijfrecht op en start de bot opnieuw.");
  }

  @Test
  @DisplayName("a real read-only folder is refused at start (only where the test does not run as root)")
  void readOnlyFolder() throws Exception {
    // given
    assumeFalse("root".equals(System.getProperty("user.name")), "root may write in a read-only folder");
    Path folder = Files.createDirectory(dir.resolve("alleen-lezen"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));

    // when / then
    assertThatThrownBy(() -> open(folder)).isInstanceOf(StoreException.class)
        .hasMessage(folder + " is niet schrijfbaar voor de gebruiker van de bot. Geef die gebruiker schrijfrecht"
            + " (bijvoorbeeld: chown -R <uid> " + folder + ") en start de bot opnieuw.");
  }

  @Test
  @DisplayName("a file that is not a SQLite database is refused: one Dutch line naming it and what to do")
  void notADatabase() throws Exception {
    // given
    Path file = Files.writeString(dir.resolve("dagwijzer.db"), "dit is geen database, maar het is ook niet leeg".repeat(20));

    // when / then
    assertThatThrownBy(() -> open(dir)).isInstanceOf(StoreException.class)
        .hasMessage(file + " kan niet worden geopend: het bestand is beschadigd of geen SQLite-database. Zet een"
            + " reservekopie terug, of verplaats het bestand om met een lege staat te beginnen en start de bot"
            + " opnieuw.");
  }

  @Test
  @DisplayName("a database with a damaged page fails PRAGMA quick_check and is refused")
  void damagedPage() throws Exception {
    // given a database with enough rows for several pages, then a page overwritten
    try (StateDatabase db = open(dir)) {
      for (int i = 0; i < 200; i++) {
        db.announcements().add("aankondiging " + i + " ".repeat(100), clock.instant(), AMSTERDAM, Optional.empty(),
            "1");
      }
      db.read("checkpoint", c -> {
        try (Statement s = c.createStatement()) {
          return s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
      });
    }
    Path file = dir.resolve("dagwijzer.db");
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.seek(4096L * 3);
      raw.write(new byte[4096]);
    }

    // when / then
    assertThatThrownBy(() -> open(dir)).isInstanceOf(StoreException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("beschadigd")
        .hasMessageEndingWith("en start de bot opnieuw.");
  }

  @Test
  @DisplayName("a database made by a newer version is refused, not changed")
  void newerSchema() throws Exception {
    // given
    try (StateDatabase db = open(dir)) {
      db.write("newer", c -> {
        try (Statement s = c.createStatement()) {
          return s.executeUpdate("INSERT INTO schema_version VALUES (7, 'V7__future.sql', 0)");
        }
      });
    }

    // when / then
    assertThatThrownBy(() -> open(dir)).isInstanceOf(StoreException.class)
        .hasMessage(dir.resolve("dagwijzer.db") + " is gemaakt door een nieuwere versie van Dagwijzer (schema 7, deze"
            + " versie kent tot en met 2). Start die nieuwere versie, of zet een reservekopie van voor die versie"
            + " terug.");
  }

  @Test
  @DisplayName("a write SQLite refuses is a StoreException with a Dutch reason, and nothing is stored")
  void refusedWrite() throws Exception {
    try (StateDatabase db = open(dir)) {
      // given
      db.refuseWrites(true);

      // when / then
      assertThatThrownBy(() -> db.announcements().add("Lunch", clock.instant(), AMSTERDAM, Optional.empty(), "1"))
          .isInstanceOf(StoreException.class)
          .hasMessage("de aankondiging opslaan: het bestand of de map is alleen-lezen");
      db.refuseWrites(false);
      assertThat(db.announcements().pending()).isEmpty();
    }
  }

  @Test
  @DisplayName("a later version adds a table with one more migration file; the data of earlier versions stays")
  void laterMigrationAddsATable() throws Exception {
    // given a version-1 database with an announcement
    try (StateDatabase db = open(dir)) {
      db.announcements().add("Lunch", clock.instant(), AMSTERDAM, Optional.empty(), "1");
    }
    List<String> files = new ArrayList<>(Migrations.FILES);
    files.add("V3__example_user_choices.sql");

    // when
    try (StateDatabase db = open(dir)) {
      db.read("migrate", c -> {
        try {
          new Migrations(files).apply(c, clock, "test");
        } catch (StoreException e) {
          throw new IllegalStateException(e);
        }
        try (Statement s = c.createStatement()) {
          return s.executeUpdate("INSERT INTO user_choice VALUES ('1001', '2025-03-14', 'workshop-breda', 0)");
        }
      });

      // then
      assertThat(db.read("version", Migrations::version)).isEqualTo(3);
      assertThat(db.announcements().pending()).extracting(ScheduledAnnouncement::text).containsExactly("Lunch");
    }
  }

  @Test
  @DisplayName("a migration is split into statements after each ';' at a line end, comment lines dropped")
  void splitsStatements() {
    // when
    List<String> statements = Migrations.statements("-- een tabel\nCREATE TABLE a (x TEXT);\n\n"
        + "CREATE INDEX a_x\n  ON a (x);\n");

    // then
    assertThat(statements).containsExactly("CREATE TABLE a (x TEXT);", "CREATE INDEX a_x\n  ON a (x);");
  }
}
