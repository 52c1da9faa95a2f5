package nl.dagwijzer.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Guild;
import nl.dagwijzer.announce.EventCalendar;
import nl.dagwijzer.announce.ScheduledEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord scheduled events for the sessions of the day ({@code DAGWIJZER_DISCORD_EVENTS=true}): brought in step
 * with the programme at start and after every reload, one sync at a time on a thread of its own, since every change
 * waits for Discord. Without the permissions it says so once in the log at start, and to the moderator on every
 * reload, and goes on without events.
 */
final class DiscordEvents {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordEvents.class);

  private final ScheduledEvents events;
  private final Supplier<List<Guild>> guilds;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(Shards.daemon("dagwijzer-events"));

  DiscordEvents(ScheduledEvents events, Supplier<List<Guild>> guilds) {
    this.events = events;
    this.guilds = guilds;
  }

  /** The first sync, after the bot is online; a missing permission is logged here, once. */
  void start() {
    sync().thenAccept(results -> results.stream().filter(r -> r.problem().isPresent())
        .forEach(r -> LOG.warn("Discord events are off: {}", r.text())));
  }

  /** Syncs every server the bot is in; completes with one Dutch line per server. */
  CompletableFuture<List<ScheduledEvents.Result>> sync() {
    try {
      return CompletableFuture.supplyAsync(() -> {
        List<ScheduledEvents.Result> results = new ArrayList<>();
        for (Guild guild : guilds.get()) {
          EventCalendar calendar = new DiscordEventCalendar(guild);
          results.add(events.sync(calendar));
        }
        return results;
      }, worker);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.completedFuture(List.of());
    }
  }

  void stop() throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }
}
