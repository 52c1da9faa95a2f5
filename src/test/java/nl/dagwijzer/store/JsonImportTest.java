package nl.dagwijzer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import nl.dagwijzer.testing.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Import of the JSON state files of earlier versions")
final class JsonImportTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
  private static final String ANNOUNCEMENTS = """
      {
        "nextId" : 5,
        "pending" : [ {
          "id" : "3", "text" : "Koffie staat klaar.", "at" : "2025-03-14T09:30:00Z", "channel" : null, "author" : "42"
        }, {
          "id" : "4", "text" : "De workshops beginnen.", "at" : "2025-03-14T10:00:00Z", "channel" : "777", "author" : "42"
        } ]
      }
      """;
  private static final String REMINDERS = """
      { "sent" : [ "2025-03-14|10:00|welkom", "2025-03-14|10:05|inleiding" ] }
      """;
  private static final String TO_DO = " Herstel of verwijder het bestand (de bot leest het één keer in, in"
      + " dagwijzer.db) en start de bot opnieuw.";

  private final ManualClock clock = new ManualClock(Instant.parse("2025-03-14T08:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private StateDatabase open() throws StoreException {
    return StateDatabase.open(dir, AMSTERDAM, clock);
  }

  private StateReport report() throws StoreException {
    try (StateDatabase db = StateDatabase.openForReading(dir, clock)) {
      return StateReport.read(db, DAY);
    }
  }

  private static String scheduled(StateReport report) {
    return String.join("; ", report.scheduled().stream().map(a -> a.id() + " " + a.at().atZone(a.zone())
        .toLocalTime() + " " + a.channel().orElse("-") + " " + a.text()).toList());
  }

  private Stream<String> files() throws Exception {
    return Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("dagwijzer.db")).sorted();
  }

  @Test
  @DisplayName("both files are imported once, with their ids, and renamed to *.imported")
  void importsOnce() throws Exception {
    // given
    Files.writeString(dir.resolve("announcements.json"), ANNOUNCEMENTS);
    Files.writeString(dir.resolve("reminders.json"), REMINDERS);

    // when
    open().close();
    open().close();

    // then
    StateReport report = report();
    assertThat(scheduled(report)).isEqualTo("3 10:30 - Koffie staat klaar.; 4 11:00 777 De workshops beginnen.");
    assertThat(report.reminders()).extracting(p -> p.key().start() + " " + p.key().sessionId())
        .containsExactly("10:00 welkom", "10:05 inleiding");
    assertThat(files()).containsExactly("announcements.json.imported", "reminders.json.imported");
  }

  @Test
  @DisplayName("ids the old file had handed out (nextId) are not handed out again")
  void keepsNextId() throws Exception {
    // given
    Files.writeString(dir.resolve("announcements.json"), ANNOUNCEMENTS);

    // when
    ScheduledAnnouncement next;
    try (StateDatabase db = open()) {
      next = db.announcements().add("Nieuw", clock.instant(), AMSTERDAM, Optional.empty(), "42");
    }

    // then
    assertThat(next.id()).isEqualTo("5");
  }

  @Test
  @DisplayName("defect 2: without nextId and with an id used twice, every announcement still gets its own id")
  void duplicateIdsWithoutNextId() throws Exception {
    // given
    Files.writeString(dir.resolve("announcements.json"), """
        { "pending" : [ { "id" : "1", "text" : "Een", "at" : "2025-03-14T09:30:00Z" },
                        { "id" : "1", "text" : "Twee", "at" : "2025-03-14T09:40:00Z" } ] }
        """);

    // when
    try (StateDatabase db = open()) {
      db.announcements().add("Drie", Instant.parse("2025-03-14T09:50:00Z"), AMSTERDAM, Optional.empty(), "42");
    }

    // then
    assertThat(report().scheduled()).extracting(a -> a.id() + " " + a.text())
        .containsExactly("1 Een", "2 Twee", "3 Drie");
  }

  @Test
  @DisplayName("a crash between the import and the renaming does not import the file twice")
  void crashBeforeRename() throws Exception {
    // given a file imported, then put back as if the rename had not happened
    Files.writeString(dir.resolve("announcements.json"), ANNOUNCEMENTS);
    open().close();
    Files.copy(dir.resolve("announcements.json.imported"), dir.resolve("announcements.json"));

    // when
    open().close();

    // then
    assertThat(report().scheduled()).hasSize(2);
    assertThat(files()).containsExactly("announcements.json.imported", "announcements.json.imported.2");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " » ", quoteCharacter = '`', value = {
      "empty                 » announcements.json » ``                                   » announcements.json is leeg.",
      "truncated             » announcements.json » `{\"pending\": [ {\"text\": \"a\"`  » announcements.json:1:27: het bestand houdt halverwege op.",
      "not JSON              » announcements.json » `pending: ja`                        » announcements.json:1:1: ongeldige JSON.",
      "a list, not an object » announcements.json » `[]`                                 » announcements.json: verwacht een JSON-object { … }.",
      "a bad at              » announcements.json » `{\"pending\": [{\"text\": \"a\", \"at\": \"11 uur\"}]}` » announcements.json: pending[0].at: '11 uur' is geen tijdstip; verwacht bijvoorbeeld 2025-03-14T10:00:00Z.",
      "a missing text        » announcements.json » `{\"pending\": [{\"at\": \"2025-03-14T10:00:00Z\"}]}` » announcements.json: pending[0]: verplicht veld 'text' ontbreekt of is leeg.",
      "a bad nextId          » announcements.json » `{\"nextId\": \"x\", \"pending\": []}` » announcements.json: nextId: verwacht een positief geheel getal, niet \"x\".",
      "a bad reminder        » reminders.json     » `{\"sent\": [\"2025-03-14|welkom\"]}` » reminders.json: sent[0]: \"2025-03-14|welkom\" is geen herinnering; verwacht \"datum|UU:MM|sessie-id\", bijvoorbeeld \"2025-03-14|10:00|welkom\"."})
  @DisplayName("defect 2: a broken file stops the start with the file, the place and what to do; nothing imported")
  void brokenFile(String what, String name, String content, String message) throws Exception {
    // given
    Files.writeString(dir.resolve(name), content);

    // when / then
    assertThatThrownBy(this::open).isInstanceOf(StoreException.class).hasMessage(dir + "/" + message + TO_DO);
    assertThat(report().scheduled()).isEmpty();
    assertThat(dir.resolve(name)).exists();
  }

  @Test
  @DisplayName("defect 2: a folder named announcements.json stops the start with a Dutch line")
  void folderInsteadOfFile() throws Exception {
    // given
    Files.createDirectory(dir.resolve("announcements.json"));

    // when / then
    assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
        .hasMessage(dir + "/announcements.json is een map, geen bestand." + TO_DO);
  }
}
