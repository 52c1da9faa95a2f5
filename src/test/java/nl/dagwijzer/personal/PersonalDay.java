package nl.dagwijzer.personal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.dagwijzer.announce.ManualScheduler;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.store.PersonalState;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.store.StoreException;
import nl.dagwijzer.testing.Fixtures;
import nl.dagwijzer.testing.ManualClock;

/**
 * The Divosa day (programme.json, no date) on 14 March 2025 for the personal programme's tests: a copy of the
 * programme that tests may change and reload, a real state database, a manual clock (10:30) and scheduler.
 */
final class PersonalDay implements AutoCloseable {
  static final LocalDate DAY = LocalDate.of(2025, 3, 14);

  final ManualClock clock = Fixtures.clockAt(DAY, LocalTime.of(10, 30));
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final RecordingMessages messages = new RecordingMessages();
  final Path programmeFile;
  final Path stateDir;
  final ProgrammeStore store;
  private StateDatabase db;
  PersonalState state;
  Choices choices;

  PersonalDay(Path dir) throws IOException, StoreException {
    programmeFile = Files.createDirectories(dir).resolve("programme.json");
    Files.copy(Fixtures.PROGRAMME, programmeFile);
    stateDir = dir.resolve("state");
    store = Fixtures.store(programmeFile);
    open();
  }

  private void open() throws StoreException {
    db = StateDatabase.open(stateDir, Fixtures.AMSTERDAM, clock);
    state = db.personal();
    choices = new Choices(store, state.choices(), clock);
  }

  /** Closes the database and opens it again, as a restart of the bot does. */
  void restart() throws StoreException {
    db.close();
    open();
  }

  PersonalReminders reminders(int minutes) throws StoreException {
    PersonalReminders reminders = new PersonalReminders(clock, scheduler, store, state, messages,
        Duration.ofMinutes(minutes), Duration.ofSeconds(1));
    reminders.load();
    return reminders;
  }

  MyDays myDays(int minutes) {
    return new MyDays(choices, state.settings(), state.messages(), minutes);
  }

  /** Replaces the programme by its text with {@code from} replaced by {@code to} (which must change it). */
  ProgrammeStore.Reload reload(String from, String to) throws Exception {
    String text = Files.readString(programmeFile);
    String changed = text.replace(from, to);
    if (changed.equals(text)) {
      throw new IllegalArgumentException("'" + from + "' is not in the programme");
    }
    return store.replace(changed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  void at(String time) {
    clock.set(DAY.atTime(LocalTime.parse(time)).atZone(Fixtures.AMSTERDAM).toInstant());
  }

  @Override
  public void close() {
    db.close();
  }
}
