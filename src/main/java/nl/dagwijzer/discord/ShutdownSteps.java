package nl.dagwijzer.discord;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of stopping the bot, run in order, each on its own: a step that fails (a state that cannot be written,
 * a scheduler that does not end) is logged and the next one still runs, so Discord is always disconnected cleanly.
 */
final class ShutdownSteps {
  private static final Logger LOG = LoggerFactory.getLogger(ShutdownSteps.class);

  /** One step; it may throw anything. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  private record Named(String name, Step step) {
  }

  private final List<Named> steps = new ArrayList<>();

  ShutdownSteps then(String name, Step step) {
    steps.add(new Named(name, step));
    return this;
  }

  /** Runs every step; returns the names of those that failed. Interruption is kept for the caller. */
  List<String> run() {
    List<String> failed = new ArrayList<>();
    boolean interrupted = false;
    for (Named named : steps) {
      try {
        named.step().run();
      } catch (InterruptedException e) {
        interrupted = true;
        failed.add(named.name());
        LOG.warn("Stopping: {} was interrupted", named.name());
      } catch (Exception e) {
        failed.add(named.name());
        LOG.error("Stopping: {} failed; going on with the next step", named.name(), e);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return failed;
  }
}
