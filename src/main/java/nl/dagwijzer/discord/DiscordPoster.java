package nl.dagwijzer.discord;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import net.dv8tion.jda.api.entities.channel.middleman.StandardGuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import nl.dagwijzer.announce.Poster;

/**
 * Posts announcements, reminders and programme changes in a Discord channel, split to fit and without mentions.
 * The default channel is the configured announcements channel (id or name), looked up on every post so a renamed
 * or recreated channel is found again.
 */
public final class DiscordPoster implements Poster {
  private final ShardManager shards;
  private final Optional<String> announceChannel;

  public DiscordPoster(ShardManager shards, Optional<String> announceChannel) {
    this.shards = shards;
    this.announceChannel = announceChannel;
  }

  @Override
  public boolean hasDefaultChannel() {
    return announceChannel.isPresent();
  }

  @Override
  public CompletionStage<Void> post(Optional<String> channel, String text) {
    Optional<String> wanted = channel.or(() -> announceChannel);
    if (wanted.isEmpty()) {
      return CompletableFuture.failedFuture(new IllegalStateException("geen aankondigingskanaal ingesteld"));
    }
    Optional<StandardGuildMessageChannel> target = Channels.find(shards.getGuilds(), wanted.get());
    if (target.isEmpty()) {
      return CompletableFuture.failedFuture(new IllegalStateException("kanaal '" + wanted.get() + "' niet gevonden"));
    }
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (MessageCreateData message : DiscordText.messages(text)) {
      chain = chain.thenCompose(ignored -> target.get().sendMessage(message).setAllowedMentions(List.of()).submit()
          .thenApply(sent -> null));
    }
    return chain;
  }
}
