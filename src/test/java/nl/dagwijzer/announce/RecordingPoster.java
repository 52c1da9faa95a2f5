package nl.dagwijzer.announce;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A {@link Poster} for tests that keeps what was posted, as {@code channel: text} ("-" for the default channel), and
 * the once-keys it was given. {@link #failing(boolean)} makes it refuse posts, as a platform that is down does.
 */
public final class RecordingPoster implements Poster {
  private final List<String> posts = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private final boolean hasDefault;
  private boolean failing;

  public RecordingPoster() {
    this(true);
  }

  public RecordingPoster(boolean hasDefault) {
    this.hasDefault = hasDefault;
  }

  @Override
  public synchronized CompletionStage<Void> post(Optional<String> channel, String text, String onceKey) {
    if (failing) {
      return CompletableFuture.failedFuture(new IllegalStateException("Discord is niet bereikbaar"));
    }
    posts.add(channel.orElse("-") + ": " + text);
    keys.add(onceKey);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public boolean hasDefaultChannel() {
    return hasDefault;
  }

  public synchronized void failing(boolean failing) {
    this.failing = failing;
  }

  public synchronized List<String> posts() {
    return List.copyOf(posts);
  }

  public synchronized List<String> keys() {
    return List.copyOf(keys);
  }

  public synchronized void clear() {
    posts.clear();
    keys.clear();
  }
}
