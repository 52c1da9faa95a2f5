package nl.dagwijzer.announce;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import nl.dagwijzer.testing.ManualClock;

/**
 * A {@link ScheduledExecutorService} for tests: nothing runs until {@link #advance(Duration)} moves the
 * {@link ManualClock}; then every task that falls due runs on the calling thread, in time order, with the clock set
 * to its due time. Plain {@code execute} runs at once.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
  private final ManualClock clock;
  private final List<Task<?>> tasks = new ArrayList<>();
  private long sequence;
  private boolean shutdown;

  public ManualScheduler(ManualClock clock) {
    this.clock = clock;
  }

  /** Moves the clock forward by {@code duration}, running every task that falls due on the way. */
  public void advance(Duration duration) {
    Instant target = clock.instant().plus(duration);
    while (true) {
      Task<?> next = tasks.stream().filter(t -> !t.cancelled && !t.due.isAfter(target))
          .min(Comparator.comparing((Task<?> t) -> t.due).thenComparingLong(t -> t.order)).orElse(null);
      if (next == null) {
        break;
      }
      if (next.due.isAfter(clock.instant())) {
        clock.set(next.due);
      }
      if (next.period == null) {
        tasks.remove(next);
        next.done = true;
      } else {
        next.due = next.due.plus(next.period);
      }
      next.run();
    }
    clock.set(target);
  }

  /** Runs what is due now without moving the clock. */
  public void runDue() {
    advance(Duration.ZERO);
  }

  public long scheduledTasks() {
    return tasks.stream().filter(t -> !t.cancelled).count();
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return add(() -> {
      command.run();
      return null;
    }, delay, unit, null);
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return add(callable, delay, unit, null);
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
    return add(() -> {
      command.run();
      return null;
    }, initialDelay, unit, Duration.ofNanos(unit.toNanos(period)));
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
    return scheduleAtFixedRate(command, initialDelay, delay, unit);
  }

  private <V> Task<V> add(Callable<V> callable, long delay, TimeUnit unit, Duration period) {
    Task<V> task = new Task<>(callable, clock.instant().plusNanos(unit.toNanos(delay)), period, sequence++);
    tasks.add(task);
    return task;
  }

  @Override
  public void execute(Runnable command) {
    command.run();
  }

  @Override
  public void shutdown() {
    shutdown = true;
    tasks.clear();
  }

  @Override
  public List<Runnable> shutdownNow() {
    shutdown();
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return shutdown;
  }

  @Override
  public boolean isTerminated() {
    return shutdown;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return true;
  }

  private final class Task<V> implements ScheduledFuture<V> {
    private final Callable<V> callable;
    private final Duration period;
    private final long order;
    private Instant due;
    private boolean cancelled;
    private boolean done;
    private V result;

    private Task(Callable<V> callable, Instant due, Duration period, long order) {
      this.callable = callable;
      this.due = due;
      this.period = period;
      this.order = order;
    }

    void run() {
      try {
        result = callable.call();
      } catch (Exception e) {
        throw new IllegalStateException("scheduled task failed", e);
      }
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(clock.instant(), due));
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterrupt) {
      cancelled = true;
      tasks.remove(this);
      return !done;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return done || cancelled;
    }

    @Override
    public V get() {
      return result;
    }

    @Override
    public V get(long timeout, TimeUnit unit) {
      return result;
    }
  }
}
