package nl.dagwijzer.announce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock for rehearsals: it shows {@code start} at the moment it is created and then runs {@code speed} times as
 * fast as {@code base}, so a whole event day can be rehearsed in a few minutes. Immutable.
 */
public final class RehearsalClock extends Clock {
  private final Clock base;
  private final Instant realOrigin;
  private final Instant start;
  private final double speed;

  public RehearsalClock(Clock base, Instant start, double speed) {
    this(base, base.instant(), start, speed);
  }

  private RehearsalClock(Clock base, Instant realOrigin, Instant start, double speed) {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be positive: " + speed);
    }
    this.base = Objects.requireNonNull(base);
    this.realOrigin = Objects.requireNonNull(realOrigin);
    this.start = Objects.requireNonNull(start);
    this.speed = speed;
  }

  public double speed() {
    return speed;
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new RehearsalClock(base.withZone(zone), realOrigin, start, speed);
  }

  @Override
  public Instant instant() {
    Duration real = Duration.between(realOrigin, base.instant());
    long nanos = real.toNanos();
    long scaled = (long) (nanos * speed);
    return start.plusNanos(scaled);
  }

  @Override
  public String toString() {
    return "RehearsalClock[start=" + start + ", speed=" + speed + "]";
  }
}
