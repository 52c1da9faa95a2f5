package nl.dagwijzer.programme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programme the bot answers from, and the only way to change it. A reload validates the whole new file first;
 * on any error the running programme stays exactly as it was. Readers on other threads always see either the old or
 * the new programme, never a mix.
 */
public final class ProgrammeStore {
  private static final Logger LOG = LoggerFactory.getLogger(ProgrammeStore.class);

  private final Path file;
  private final ProgrammeLoader loader;
  private final AtomicReference<Programme> current;
  private final List<Consumer<Programme>> listeners = new CopyOnWriteArrayList<>();

  private ProgrammeStore(Path file, ProgrammeLoader loader, Programme initial) {
    this.file = file;
    this.loader = loader;
    this.current = new AtomicReference<>(initial);
  }

  /** Loads {@code file}; throws with every error when it is not a valid programme. */
  public static ProgrammeStore open(Path file, ProgrammeLoader loader) throws ProgrammeRejectedException {
    return new ProgrammeStore(file, loader, loader.load(file));
  }

  /** A store around an already validated programme (tests, benchmarks); reloads read {@code file}. */
  public static ProgrammeStore of(Path file, ProgrammeLoader loader, Programme programme) {
    return new ProgrammeStore(file, loader, Objects.requireNonNull(programme));
  }

  public Programme current() {
    return current.get();
  }

  public Path file() {
    return file;
  }

  /** Called with the new programme after every successful reload (e.g. to reschedule reminders). */
  public void onChange(Consumer<Programme> listener) {
    listeners.add(listener);
  }

  /** Reads the programme file again. */
  public synchronized Reload reload() throws ProgrammeRejectedException {
    return install(loader.load(file));
  }

  /**
   * Validates {@code content} and, when valid, writes it over the programme file after keeping the previous file as
   * {@code <file>.bak}; the write is atomic (temp file, then move) so a crash leaves either the old or the new file.
   */
  public synchronized Reload replace(byte[] content) throws ProgrammeRejectedException, IOException {
    Programme candidate = loader.parse(file.getFileName().toString(), content);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      Files.write(temp, content);
      if (Files.exists(file)) {
        Files.copy(file, file.resolveSibling(file.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return install(candidate);
  }

  private Reload install(Programme next) {
    Programme previous = current.getAndSet(next);
    LOG.info("Programme loaded from {}: {} sessions, {} speakers", file, next.sessions().size(),
        next.speakers().size());
    for (Consumer<Programme> listener : listeners) {
      try {
        listener.accept(next);
      } catch (RuntimeException e) {
        LOG.warn("Programme change listener failed", e);
      }
    }
    return new Reload(previous, next, ProgrammeChanges.between(previous, next));
  }

  /** A successful reload: the programme before, the one now running, and what differs. */
  public record Reload(Programme before, Programme after, ProgrammeChanges changes) {
  }
}
