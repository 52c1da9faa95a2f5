package nl.dagwijzer.announce;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A check run every tick on a scheduler. A check that throws is logged and runs again at the next tick: an uncaught
 * exception would silently end a {@code scheduleAtFixedRate}, and with it every announcement or reminder after it.
 */
public final class Ticker {
  private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

  private final ScheduledExecutorService executor;
  private final String what;
  private final Runnable check;
  private ScheduledFuture<?> running;

  /** {@code what} names the check in the log ("Checking reminders"). */
  public Ticker(ScheduledExecutorService executor, String what, Runnable check) {
    this.executor = executor;
    this.what = what;
    this.check = check;
  }

  /** Runs the check every {@code every}, the first time after {@code first}; once, however often it is called. */
  public synchronized void start(Duration first, Duration every) {
    if (running == null) {
      running = executor.scheduleAtFixedRate(this::runSafely, first.toMillis(), every.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /** Runs the check once more soon, on the scheduler's thread (after a reload, say). */
  public void runSoon() {
    executor.execute(this::runSafely);
  }

  /** Runs the check now, on the caller's thread. */
  public void runSafely() {
    try {
      check.run();
    } catch (RuntimeException e) {
      LOG.error("{} failed", what, e);
    }
  }

  public synchronized void stop() {
    if (running != null) {
      running.cancel(false);
      running = null;
    }
  }
}
