package nl.dagwijzer.discord;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import net.dv8tion.jda.api.entities.channel.middleman.StandardGuildMessageChannel;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import nl.dagwijzer.announce.Poster;

/**
 * Posts announcements, reminders and programme changes in a Discord channel, split to fit and without mentions.
 * The default channel is the configured announcements channel (id or name), looked up on every post so a renamed
 * or recreated channel is found again.
 *
 * <p>A post with a once-key gets a fixed nonce per part ({@code <database id><key>-<part>}); JDA always asks Discord
 * to enforce nonces, and Discord then answers a repeat within a few minutes with the message it already has instead
 * of posting it again. That is what makes a post retried after a crash show once.
 */
public final class DiscordPoster implements Poster {
  /** Discord's limit on a nonce. */
  static final int NONCE_LIMIT = 25;

  private final ShardManager shards;
  private final Optional<String> announceChannel;
  private final String noncePrefix;

  /** {@code noncePrefix} makes once-keys unique to one state database (its instance id). */
  public DiscordPoster(ShardManager shards, Optional<String> announceChannel, String noncePrefix) {
    this.shards = shards;
    this.announceChannel = announceChannel;
    this.noncePrefix = noncePrefix;
  }

  @Override
  public boolean hasDefaultChannel() {
    return announceChannel.isPresent();
  }

  @Override
  public CompletionStage<Void> post(Optional<String> channel, String text, String onceKey) {
    Optional<String> wanted = channel.or(() -> announceChannel);
    if (wanted.isEmpty()) {
      return CompletableFuture.failedFuture(new IllegalStateException("geen aankondigingskanaal ingesteld"));
    }
    Optional<StandardGuildMessageChannel> target = Channels.find(shards.getGuilds(), wanted.get());
    if (target.isEmpty()) {
      return CompletableFuture.failedFuture(new IllegalStateException("kanaal '" + wanted.get() + "' niet gevonden"));
    }
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    List<String> parts = DiscordText.posts(text);
    for (int i = 0; i < parts.size(); i++) {
      String nonce = onceKey.isEmpty() ? "" : nonce(onceKey, i);
      String part = parts.get(i);
      chain = chain.thenCompose(ignored -> {
        MessageCreateAction action = target.get().sendMessage(DiscordText.message(part)).setAllowedMentions(List.of());
        if (!nonce.isEmpty()) {
          action = action.setNonce(nonce);
        }
        return action.submit().thenApply(sent -> null);
      });
    }
    return chain;
  }

  String nonce(String onceKey, int part) {
    String nonce = noncePrefix + onceKey + "-" + part;
    if (nonce.length() > NONCE_LIMIT) {
      throw new IllegalArgumentException("once-key too long for a Discord nonce: " + nonce);
    }
    return nonce;
  }
}
