package nl.dagwijzer.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.answer.ConversationMemory;
import nl.dagwijzer.nlu.IntentExamples;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.programme.ProgrammeLoader;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ProgrammeStore;

/** The real core, built the way the entry points build it, for tests. */
public final class Fixtures {
  public static final Path PROGRAMME = Path.of("programme.json");
  public static final Path OTHER_PROGRAMME = Path.of("src/test/resources/programmes/other-day.json");
  public static final Path INTENTS = Path.of("intents");
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  public static final double THRESHOLD = nl.dagwijzer.cli.Core.CONFIDENCE_THRESHOLD;

  private Fixtures() {
  }

  public static Understander understander() {
    try {
      return Understander.train(IntentExamples.read(INTENTS), THRESHOLD);
    } catch (IntentExamples.IntentsException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the repository's intents into {@code target}, for a test that changes them. */
  public static void copyIntents(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(INTENTS)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
      }
    }
  }

  public static ProgrammeStore store(Path programme) {
    try {
      return ProgrammeStore.open(programme, new ProgrammeLoader());
    } catch (ProgrammeRejectedException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** A clock standing at {@code time} today in Amsterdam. */
  public static ManualClock clockAt(LocalDate day, LocalTime time) {
    return new ManualClock(day.atTime(time).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
  }

  public static Assistant assistant(ProgrammeStore store, Understander understander, Clock clock) {
    return new Assistant(store, understander, clock, new ConversationMemory(clock, Duration.ofMinutes(15)));
  }

  /** An assistant on {@code programme}, on its own date (27 November 2026 for an undated one), at {@code time}. */
  public static Assistant assistantOn(Path programme, LocalTime time, Understander understander) {
    ProgrammeStore store = store(programme);
    LocalDate day = store.current().event().date().orElse(LocalDate.of(2026, 11, 27));
    return assistant(store, understander, clockAt(day, time));
  }
}
