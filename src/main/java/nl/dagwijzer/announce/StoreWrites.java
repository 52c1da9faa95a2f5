package nl.dagwijzer.announce;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to the state that must not be forgotten when they fail (e.g. "announcement 3 was posted"): tried at once,
 * and on failure logged at ERROR with the cause and tried again with {@link Backoff} on every {@link #retryDue()}
 * until they succeed. Thread-safe.
 */
public final class StoreWrites {
  private static final Logger LOG = LoggerFactory.getLogger(StoreWrites.class);

  /** A write to the state. */
  @FunctionalInterface
  public interface Write {
    void run() throws StoreException;
  }

  private static final class Waiting {
    private final String what;
    private final Write write;
    private Backoff backoff;

    private Waiting(String what, Write write, Backoff backoff) {
      this.what = what;
      this.write = write;
      this.backoff = backoff;
    }
  }

  private final Clock clock;
  private final List<Waiting> waiting = new ArrayList<>();

  public StoreWrites(Clock clock) {
    this.clock = clock;
  }

  /** Writes now; when that fails, keeps trying (see the class comment). */
  public synchronized void write(String what, Write write) {
    try {
      write.run();
    } catch (StoreException e) {
      Waiting w = new Waiting(what, write, Backoff.first(clock.instant()));
      waiting.add(w);
      LOG.error("Could not {}; trying again in {} s: {}", what, w.backoff.delay().toSeconds(), e.getMessage(),
          e.getCause());
    }
  }

  /** Tries the failed writes whose time has come again. */
  public synchronized void retryDue() {
    Instant now = clock.instant();
    for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
      Waiting w = it.next();
      if (!w.backoff.due(now)) {
        continue;
      }
      try {
        w.write.run();
        it.remove();
        LOG.info("Could {} after {} failed attempts", w.what, w.backoff.failures());
      } catch (StoreException e) {
        w.backoff = w.backoff.again(now);
        LOG.error("Still could not {} ({} attempts); trying again in {} s: {}", w.what, w.backoff.failures(),
            w.backoff.delay().toSeconds(), e.getMessage(), e.getCause());
      }
    }
  }

  /** One last try of every failed write (when the bot stops); returns what could still not be written. */
  public synchronized List<String> flush() {
    List<String> left = new ArrayList<>();
    for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
      Waiting w = it.next();
      try {
        w.write.run();
        it.remove();
      } catch (StoreException e) {
        left.add(w.what);
        LOG.error("Could not {} before stopping: {}", w.what, e.getMessage(), e.getCause());
      }
    }
    return left;
  }

  synchronized int waiting() {
    return waiting.size();
  }
}
