package nl.dagwijzer.announce;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try again after {@code failures} failures in a row: 1 s, 2 s, 4 s, ... up to 5 minutes (on the bot's clock,
 * so a rehearsal retries as often in its own time). Immutable.
 */
public record Backoff(int failures, Instant next) {
  static final Duration FIRST = Duration.ofSeconds(1);
  static final Duration MAX = Duration.ofMinutes(5);

  /** After the first failure at {@code now}. */
  public static Backoff first(Instant now) {
    return new Backoff(1, now.plus(FIRST));
  }

  /** After a failure at {@code now}, following {@code previous} (null: the first). */
  public static Backoff after(Backoff previous, Instant now) {
    return previous == null ? first(now) : previous.again(now);
  }

  /** After one more failure at {@code now}. */
  public Backoff again(Instant now) {
    return new Backoff(failures + 1, now.plus(delay(failures + 1)));
  }

  public Duration delay() {
    return delay(failures);
  }

  public boolean due(Instant now) {
    return !now.isBefore(next);
  }

  static Duration delay(int failures) {
    Duration d = FIRST.multipliedBy(1L << Math.min(failures - 1, 20));
    return d.compareTo(MAX) > 0 ? MAX : d;
  }
}
