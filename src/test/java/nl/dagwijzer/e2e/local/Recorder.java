package nl.dagwijzer.e2e.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A thread-safe list of what happened, with a blocking wait for the first item that matches. Waiting registers a
 * future that {@link #add} completes, so a wait costs no polling and ends as soon as the item arrives.
 */
final class Recorder<T> {
  private record Waiter<T>(Predicate<? super T> condition, CompletableFuture<T> result) {}

  private final String what;
  private final List<T> items = new ArrayList<>();
  private final List<Waiter<T>> waiters = new ArrayList<>();

  Recorder(String what) {
    this.what = what;
  }

  void add(T item) {
    List<Waiter<T>> done = new ArrayList<>();
    synchronized (this) {
      items.add(item);
      for (Iterator<Waiter<T>> it = waiters.iterator(); it.hasNext(); ) {
        Waiter<T> waiter = it.next();
        if (waiter.condition().test(item)) {
          it.remove();
          done.add(waiter);
        }
      }
    }
    done.forEach(waiter -> waiter.result().complete(item)); // outside the lock: callers may react at once
  }

  synchronized List<T> all() {
    return List.copyOf(items);
  }

  /** The first item, recorded before or during the wait, that matches; fails with an AssertionError on timeout. */
  T await(Predicate<? super T> condition, Duration timeout) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Waiter<T> waiter = new Waiter<>(condition, result);
    synchronized (this) {
      for (T item : items) {
        if (condition.test(item)) {
          return item;
        }
      }
      waiters.add(waiter);
    }
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      synchronized (this) {
        waiters.remove(waiter);
        throw new AssertionError("No matching " + what + " within " + timeout + "; recorded: " + items);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for " + what, e);
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
  }
}
