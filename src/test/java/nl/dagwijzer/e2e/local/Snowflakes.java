package nl.dagwijzer.e2e.local;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids with the current time in them. JDA reads the creation time from an id: an interaction whose id is
 * older than 15 minutes counts as expired, so fixed ids like {@code 1} do not work.
 */
final class Snowflakes {
  private static final long DISCORD_EPOCH = 1420070400000L;
  private static final AtomicLong LAST = new AtomicLong();

  private Snowflakes() {}

  /** A new id, unique in this JVM and strictly increasing. */
  static String next() {
    long candidate = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
    return Long.toString(LAST.accumulateAndGet(candidate, (last, now) -> Math.max(last + 1, now)));
  }
}
