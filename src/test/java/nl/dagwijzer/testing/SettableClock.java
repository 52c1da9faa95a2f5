package nl.dagwijzer.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand, so time-dependent answers are tested without waiting. */
public final class SettableClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  public SettableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  public void set(Instant instant) {
    now = instant;
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new SettableClock(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
