package nl.dagwijzer.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Works out texts on a few threads and writes them in the order they were given: {@code ask} on a file of
 * questions answers each line on its own (every line is its own conversation), so the lines can be answered side
 * by side while the output stays in input order. At most {@value #WINDOW} texts wait, so a long input is never held
 * whole in memory.
 */
final class InOrder implements AutoCloseable {
  static final int WINDOW = 64;

  private final ExecutorService pool;
  private final Deque<Future<String>> pending = new ArrayDeque<>();
  private final Writer out;

  InOrder(int threads, Writer out) {
    this.pool = Executors.newFixedThreadPool(threads, work -> {
      Thread thread = new Thread(work, "answer");
      thread.setDaemon(true); // an unfinished text must never keep the command from ending
      return thread;
    });
    this.out = out;
  }

  /**
   * The number of threads worth using here: two per processor, at most four. A cold batch waits on class loading and
   * the first linking of the answering code, so a second thread per core keeps the cores busy (on 2 cores, 3,600
   * lines took a median 1.02 s with four threads against 1.06 s with two, 8 runs each, interleaved).
   */
  static int threads() {
    return Math.max(1, Math.min(4, 2 * Runtime.getRuntime().availableProcessors()));
  }

  /** Starts working out one text; writes the oldest ones when too many wait. */
  void submit(Callable<String> text) throws IOException {
    pending.add(pool.submit(text));
    while (pending.size() > WINDOW) {
      writeOldest();
    }
  }

  /** Writes every text given so far, waiting for those not worked out yet. */
  void drain() throws IOException {
    while (!pending.isEmpty()) {
      writeOldest();
    }
  }

  private void writeOldest() throws IOException {
    Future<String> oldest = pending.poll();
    try {
      out.write(oldest.get());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for an answer", e);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
