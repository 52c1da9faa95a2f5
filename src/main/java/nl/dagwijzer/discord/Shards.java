package nl.dagwijzer.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntFunction;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the bot's JDA shard manager is built from the settings and shut down. */
final class Shards {
  private static final Logger LOG = LoggerFactory.getLogger(Shards.class);

  private Shards() {
  }

  /** The shard manager, not logged in yet; {@code listeners} gives each shard its listener when it is created. */
  static ShardManager build(DiscordSettings settings, IntFunction<Object> listeners) {
    DefaultShardManagerBuilder builder = DefaultShardManagerBuilder
        .createLight(settings.token(), EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT))
        .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
        // Plain JSON frames: little traffic for a bot in one server, and what a local test gateway speaks.
        .setCompression(Compression.NONE)
        .setActivity(Activity.listening("/help"))
        // SIGTERM is handled by our own hook (schedulers, state, then a graceful JDA shutdown that still sends the
        // replies already queued). JDA's hooks would run at the same time, and a shard's hook calls shutdownNow(),
        // which cancelled those replies ("RestAction has been cancelled").
        .setEnableShutdownHook(false)
        .addEventListenerProvider(listeners);
    settings.gatewayUrl().ifPresent(url -> builder.setSessionController(new GatewaySessionController(url)));
    settings.shardCount().ifPresent(builder::setShardsTotal);
    if (!settings.shardIds().isEmpty()) {
      builder.setShards(settings.shardIds());
    }
    return builder.build(false);
  }

  /**
   * Shuts the shards down, sending what they have queued (at most {@code grace} per shard). After a login that
   * failed there are no shards (JDA's shard cache is null then, and asking for it throws): only the manager's
   * threads are stopped.
   */
  static void shutdown(ShardManager shards, boolean loggedIn, Duration grace) throws InterruptedException {
    if (shards == null) {
      return;
    }
    if (!loggedIn) {
      shards.shutdown();
      return;
    }
    // Each shard first, so that the replies it has queued still go out; only then the shard manager, whose
    // shutdown() stops the rate-limit threads the shards share at once (the queued replies were never sent).
    // JDA 6.5 only ends a shard with queued requests when its next 30-second bucket clean-up runs, even after
    // they were all sent; so after a grace period the shard is stopped at once, cancelling what is left.
    List<JDA> running = shards.getShards();
    running.forEach(JDA::shutdown);
    for (JDA jda : running) {
      if (!jda.awaitShutdown(grace)) {
        LOG.info("Shard {} still had requests after {} s; stopping it now", jda.getShardInfo(), grace.toSeconds());
        jda.shutdownNow();
        jda.awaitShutdown(grace);
      }
    }
    shards.shutdown();
  }

  /** Daemon threads named {@code name}, so they never keep the JVM alive. */
  static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
