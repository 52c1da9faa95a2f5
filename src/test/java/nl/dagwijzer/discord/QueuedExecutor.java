package nl.dagwijzer.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/** An executor for tests that only queues what it is handed; {@link #runAll()} runs it, in order, on the caller. */
class QueuedExecutor extends AbstractExecutorService {
  private final List<Runnable> queued = new ArrayList<>();
  private boolean shutdown;

  @Override
  public synchronized void execute(Runnable command) {
    queued.add(command);
  }

  synchronized int waiting() {
    return queued.size();
  }

  void runAll() {
    List<Runnable> now;
    synchronized (this) {
      now = List.copyOf(queued);
      queued.clear();
    }
    now.forEach(Runnable::run);
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
  }

  @Override
  public List<Runnable> shutdownNow() {
    shutdown();
    return List.of();
  }

  @Override
  public synchronized boolean isShutdown() {
    return shutdown;
  }

  @Override
  public boolean isTerminated() {
    return isShutdown();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return true;
  }
}
