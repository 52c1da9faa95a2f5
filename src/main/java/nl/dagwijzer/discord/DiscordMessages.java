package nl.dagwijzer.discord;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import nl.dagwijzer.personal.DirectMessages;

/**
 * Personal messages as Discord direct messages, without mentions, under a fixed nonce per message (as
 * {@link DiscordPoster} does) so one sent again after a crash shows once. A user who does not accept direct
 * messages from the bot (Discord's error 50007), or is unknown, cannot be reached however often it is tried.
 */
final class DiscordMessages implements DirectMessages {
  static final String CLOSED = "je privéberichten staan dicht voor deze bot; zet 'Privéberichten van serverleden'"
      + " aan in de privacy-instellingen van de server om herinneringen te krijgen";
  static final String UNKNOWN = "Discord kent deze gebruiker niet (meer)";

  private final ShardManager shards;
  private final String noncePrefix;

  DiscordMessages(ShardManager shards, String noncePrefix) {
    this.shards = shards;
    this.noncePrefix = noncePrefix;
  }

  @Override
  public CompletionStage<Void> send(String userId, String text, String onceKey) {
    List<JDA> running = shards.getShards();
    if (running.isEmpty()) {
      return CompletableFuture.failedFuture(new IllegalStateException("niet verbonden met Discord"));
    }
    String nonce = noncePrefix + onceKey;
    return running.get(0).openPrivateChannelById(userId)
        .flatMap(channel -> channel.sendMessage(DiscordText.message(DiscordText.posts(text).get(0)))
            .setAllowedMentions(List.of()).setNonce(nonce.substring(0, Math.min(nonce.length(),
                DiscordPoster.NONCE_LIMIT))))
        .submit()
        .<Void>thenApply(sent -> null)
        .exceptionallyCompose(DiscordMessages::classify);
  }

  private static CompletionStage<Void> classify(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof ErrorResponseException response) {
      if (response.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
        return CompletableFuture.failedFuture(new Undeliverable(CLOSED));
      }
      if (response.getErrorResponse() == ErrorResponse.UNKNOWN_USER) {
        return CompletableFuture.failedFuture(new Undeliverable(UNKNOWN));
      }
    }
    return CompletableFuture.failedFuture(cause);
  }
}
