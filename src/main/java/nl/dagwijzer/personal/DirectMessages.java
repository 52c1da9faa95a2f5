package nl.dagwijzer.personal;

import java.util.concurrent.CompletionStage;

/** Where a user's personal messages go: the chat adapter (Discord) implements it. */
public interface DirectMessages {
  /**
   * Sends {@code text} to {@code userId} privately. The stage completes when the platform accepted it, or fails:
   * with {@link Undeliverable} when it can never be delivered (the user does not accept direct messages), with
   * anything else when trying again later may work. {@code onceKey} names the message as in {@code Poster}: sent
   * again under the same key after a crash, it shows once.
   */
  CompletionStage<Void> send(String userId, String text, String onceKey);

  /** A message that cannot be delivered however often it is tried; the message says why, in Dutch. */
  final class Undeliverable extends RuntimeException {
    public Undeliverable(String reason) {
      super(reason);
    }
  }
}
