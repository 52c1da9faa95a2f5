package nl.dagwijzer.announce;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where announcements and reminders go: the chat adapter (Discord) implements it. The scheduling in this package
 * knows nothing of the chat platform.
 */
public interface Poster {
  /**
   * Posts {@code text} in {@code channel} (a channel id), or in the configured announcements channel when empty.
   * The stage completes when the platform accepted the message, or exceptionally when it did not.
   *
   * <p>{@code onceKey}, when not empty, names this message: the platform posts a message under one key only once
   * for a while (on Discord a few minutes: the message nonce), so posting it again after a crash or a failed answer
   * does not show it twice. Keys are at most 12 characters.
   */
  CompletionStage<Void> post(Optional<String> channel, String text, String onceKey);

  /** Posts {@code text} without a key (a message that is never posted again). */
  default CompletionStage<Void> post(Optional<String> channel, String text) {
    return post(channel, text, "");
  }

  /** True when there is a default announcements channel to post in. */
  boolean hasDefaultChannel();
}
