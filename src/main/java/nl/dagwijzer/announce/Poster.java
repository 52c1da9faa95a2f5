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
   */
  CompletionStage<Void> post(Optional<String> channel, String text);

  /** True when there is a default announcements channel to post in. */
  boolean hasDefaultChannel();
}
