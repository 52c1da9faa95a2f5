package nl.dagwijzer.announce;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A {@link Poster} for tests that keeps what was posted, as {@code channel: text} ("-" for the default channel). */
public final class RecordingPoster implements Poster {
  private final List<String> posts = new ArrayList<>();
  private final boolean hasDefault;

  public RecordingPoster() {
    this(true);
  }

  public RecordingPoster(boolean hasDefault) {
    this.hasDefault = hasDefault;
  }

  @Override
  public synchronized CompletionStage<Void> post(Optional<String> channel, String text) {
    posts.add(channel.orElse("-") + ": " + text);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public boolean hasDefaultChannel() {
    return hasDefault;
  }

  public synchronized List<String> posts() {
    return List.copyOf(posts);
  }

  public synchronized void clear() {
    posts.clear();
  }
}
