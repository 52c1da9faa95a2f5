package nl.dagwijzer.announce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.testing.Fixtures;
import nl.dagwijzer.testing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Discord scheduled events kept in step with the programme")
final class ScheduledEventsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

  @TempDir
  Path dir;
  private ManualClock clock;
  private ProgrammeStore store;
  private Path programme;
  private StateDatabase db;
  private FakeCalendar calendar;
  private ScheduledEvents events;

  @BeforeEach
  void setUp() throws Exception {
    clock = Fixtures.clockAt(DAY, LocalTime.of(10, 30));
    programme = dir.resolve("programme.json");
    Files.copy(Fixtures.PROGRAMME, programme);
    store = Fixtures.store(programme);
    db = StateDatabase.open(dir.resolve("state"), Fixtures.AMSTERDAM, clock);
    calendar = new FakeCalendar();
    events = new ScheduledEvents(store, db.personal().events(), clock);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private void edit(String from, String to) throws Exception {
    String text = Files.readString(programme);
    assertThat(text).contains(from);
    store.replace(text.replace(from, to).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("an event per session that has not begun, with room or venue as place; none in the past")
  void createsFutureOnly() {
    // when
    ScheduledEvents.Result result = events.sync(calendar);

    // then
    assertThat(result.text()).isEqualTo("Discord-evenementen: 5 gemaakt, 0 bijgewerkt, 0 verwijderd.");
    assertThat(calendar.names()).containsExactly("Koffiepauze 10:45", "Workshop Amsterdam 11:00",
        "Workshop Zoetermeer 11:00", "Workshop Breda 11:00", "Lunch 12:30");
    FakeCalendar.Entry breda = calendar.byName("Workshop Breda");
    assertThat(breda.event().location()).isEqualTo("Coöperatief ondernemen & de P-wet");
    assertThat(breda.event().end()).isEqualTo(DAY.atTime(12, 30).atZone(Fixtures.AMSTERDAM).toInstant());
    assertThat(breda.event().description()).startsWith("Met Michiel Luigjes.\n\nBreda is één van de eerste");
  }

  @Test
  @DisplayName("running again, also after a restart, changes nothing and makes no second event")
  void noDuplicates() throws Exception {
    // given
    events.sync(calendar);
    db.close();
    db = StateDatabase.open(dir.resolve("state"), Fixtures.AMSTERDAM, clock);

    // when
    ScheduledEvents.Result again = new ScheduledEvents(store, db.personal().events(), clock).sync(calendar);

    // then
    assertThat(again.text()).isEqualTo("Discord-evenementen: 0 gemaakt, 0 bijgewerkt, 0 verwijderd.");
    assertThat(calendar.events).hasSize(5);
    assertThat(calendar.calls).filteredOn(c -> c.startsWith("create")).hasSize(5);
  }

  @Test
  @DisplayName("after a reload a moved session's event is updated and a removed one's deleted")
  void followsReload() throws Exception {
    // given
    events.sync(calendar);
    String bredaId = calendar.byName("Workshop Breda").id();

    // when
    edit("\"title\": \"Workshop Breda\",\n      \"kind\": \"workshop\",\n      \"start\": \"11:00\",\n      \"end\":"
        + " \"12:30\"", "\"title\": \"Workshop Breda\",\n      \"kind\": \"workshop\",\n      \"start\": \"13:00\","
        + "\n      \"end\": \"13:45\"");
    edit(",\n    {\n      \"id\": \"lunch\",\n      \"title\": \"Lunch\",\n      \"kind\": \"break\",\n      \"start\":"
        + " \"12:30\",\n      \"end\": \"13:00\",\n      \"aliases\": [\"middageten\"]\n    }", "");
    ScheduledEvents.Result result = events.sync(calendar);

    // then
    assertThat(result.text()).isEqualTo("Discord-evenementen: 0 gemaakt, 1 bijgewerkt, 1 verwijderd.");
    assertThat(calendar.byName("Workshop Breda").id()).isEqualTo(bredaId);
    assertThat(calendar.names()).containsExactly("Koffiepauze 10:45", "Workshop Amsterdam 11:00",
        "Workshop Zoetermeer 11:00", "Workshop Breda 13:00");
  }

  @Test
  @DisplayName("with the state lost, its own events are recognised by name and start; others' are left alone")
  void adoptsItsOwn() throws Exception {
    // given: the bot's events exist, the links are gone, someone else has an event too
    events.sync(calendar);
    calendar.addForeign("Koffiepauze", DAY.atTime(10, 45));
    db.close();
    Files.delete(dir.resolve("state/dagwijzer.db"));
    db = StateDatabase.open(dir.resolve("state"), Fixtures.AMSTERDAM, clock);

    // when
    ScheduledEvents.Result result = new ScheduledEvents(store, db.personal().events(), clock).sync(calendar);

    // then
    assertThat(result.text()).isEqualTo("Discord-evenementen: 0 gemaakt, 0 bijgewerkt, 0 verwijderd.");
    assertThat(calendar.events).hasSize(6);
  }

  @Test
  @DisplayName("a server with 100 events that have not ended gets no more")
  void limit() {
    // given
    for (int i = 0; i < 98; i++) {
      calendar.addForeign("Iets anders " + i, DAY.atTime(16, 0));
    }

    // when
    ScheduledEvents.Result result = events.sync(calendar);

    // then
    assertThat(result.text()).isEqualTo("Discord-evenementen: 2 gemaakt, 0 bijgewerkt, 0 verwijderd. 3 sessies"
        + " kregen geen evenement: de server heeft er al 100.");
    assertThat(calendar.events).hasSize(100);
  }

  @Test
  @DisplayName("without the permissions nothing is tried, and the reason is given")
  void noPermission() {
    // given
    calendar.missing = Optional.of("de bot mag geen evenementen maken");

    // when
    ScheduledEvents.Result result = events.sync(calendar);

    // then
    assertThat(result.text()).isEqualTo("Discord-evenementen: de bot mag geen evenementen maken");
    assertThat(calendar.calls).isEmpty();
  }

  @Test
  @DisplayName("an event Discord refuses is counted, and the others are still made")
  void refusedOne() {
    // given
    calendar.refuse = "Workshop Amsterdam";

    // when
    ScheduledEvents.Result result = events.sync(calendar);

    // then
    assertThat(result.text()).isEqualTo("Discord-evenementen: 4 gemaakt, 0 bijgewerkt, 0 verwijderd. 1 geweigerd"
        + " door Discord (zie het log).");
  }

  /** A server's calendar in memory: the bot's events and others', and every call made. */
  private static final class FakeCalendar implements EventCalendar {
    record Entry(String id, Planned event, boolean mine) {
    }

    final Map<String, Entry> events = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    Optional<String> missing = Optional.empty();
    String refuse = "";
    private int next = 1;

    @Override
    public String server() {
      return "g1";
    }

    @Override
    public Optional<String> missingPermission() {
      return missing;
    }

    @Override
    public List<Existing> upcoming() {
      calls.add("list");
      return events.values().stream().map(e -> new Existing(e.id(), e.event().name(), e.event().start(),
          e.event().end(), e.event().location(), e.event().description(), e.mine(), false)).toList();
    }

    @Override
    public String create(Planned event) throws CalendarException {
      calls.add("create " + event.name());
      if (event.name().equals(refuse)) {
        throw new CalendarException("Cannot schedule event in the past!", null);
      }
      String id = "e" + next++;
      events.put(id, new Entry(id, event, true));
      return id;
    }

    @Override
    public void update(String id, Planned event) {
      calls.add("update " + id);
      events.put(id, new Entry(id, event, true));
    }

    @Override
    public void delete(String id) {
      calls.add("delete " + id);
      events.remove(id);
    }

    void addForeign(String name, java.time.LocalDateTime start) {
      Instant at = start.atZone(Fixtures.AMSTERDAM).toInstant();
      String id = "x" + next++;
      events.put(id, new Entry(id, new Planned("-", name, at, at.plusSeconds(600), "ergens", ""), false));
    }

    Entry byName(String name) {
      return events.values().stream().filter(e -> e.event().name().equals(name)).findFirst().orElseThrow();
    }

    List<String> names() {
      return events.values().stream().filter(Entry::mine).map(e -> e.event().name() + " "
          + e.event().start().atZone(Fixtures.AMSTERDAM).toLocalTime()).toList();
    }
  }
}
