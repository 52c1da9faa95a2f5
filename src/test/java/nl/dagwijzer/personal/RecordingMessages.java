package nl.dagwijzer.personal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Direct messages for tests: records what was sent as {@code user: text}; users can be made unreachable. */
final class RecordingMessages implements DirectMessages {
  private final List<String> sent = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private final Set<String> closed = new HashSet<>();
  private int failuresLeft;

  @Override
  public synchronized CompletionStage<Void> send(String userId, String text, String onceKey) {
    keys.add(onceKey);
    if (closed.contains(userId)) {
      return CompletableFuture.failedFuture(new Undeliverable("je privéberichten staan dicht"));
    }
    if (failuresLeft > 0) {
      failuresLeft--;
      return CompletableFuture.failedFuture(new IllegalStateException("Discord is even niet bereikbaar"));
    }
    sent.add(userId + ": " + text);
    return CompletableFuture.completedFuture(null);
  }

  /** {@code userId} does not accept direct messages from now on. */
  synchronized void close(String userId) {
    closed.add(userId);
  }

  /** The next {@code count} sends fail in a way that may pass. */
  synchronized void failNext(int count) {
    failuresLeft = count;
  }

  synchronized List<String> sent() {
    return List.copyOf(sent);
  }

  /** The once-keys of every attempt, also the failed ones. */
  synchronized List<String> attempts() {
    return List.copyOf(keys);
  }
}
