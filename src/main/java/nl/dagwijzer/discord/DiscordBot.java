package nl.dagwijzer.discord;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import nl.dagwijzer.announce.Announcements;
import nl.dagwijzer.announce.RehearsalClock;
import nl.dagwijzer.announce.Reminders;
import nl.dagwijzer.announce.StateFolder;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.answer.ConversationMemory;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the Discord bot is put together by hand and run: programme, core, schedulers, JDA. Runs until
 * the JVM is asked to stop (SIGTERM): then it stops the schedulers, writes the state, shuts JDA down and exits 0.
 */
public final class DiscordBot {
  static final Duration TICK = Duration.ofSeconds(1);
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

  private final DiscordSettings settings;
  private final ProgrammeStore store;
  private final Understander understander;
  private final PrintWriter err;
  private final AtomicInteger shardsReady = new AtomicInteger();
  private final AtomicBoolean commandsRegistered = new AtomicBoolean();
  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile int shardsExpected = Integer.MAX_VALUE;
  private final AtomicReference<DagwijzerListener> listener = new AtomicReference<>();
  private ShardManager shards;
  private ScheduledExecutorService scheduler;
  private Announcements announcements;
  private Reminders reminders;

  public DiscordBot(DiscordSettings settings, ProgrammeStore store, Understander understander, PrintWriter err) {
    this.settings = settings;
    this.store = store;
    this.understander = understander;
    this.err = err;
  }

  /** Runs the bot; returns the exit code when it could not start (a one-line Dutch reason on {@code err}). */
  public int run() {
    Programme programme = store.current();
    ZoneId zone = programme.event().timezone();
    Clock real = Clock.system(zone);
    Clock clock = eventClock(programme, real);
    Assistant assistant = new Assistant(store, understander, clock, new ConversationMemory(real, FORGET_AFTER));
    Questions questions = new Questions(assistant, new FloodGuard(real, 5, Duration.ofSeconds(30)));

    try {
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
          // The listener needs the shard manager (to post), so it is made after build() and handed to each shard
          // when the shard is created during login().
          .addEventListenerProvider(shardId -> listener.get());
      settings.gatewayUrl().ifPresent(url -> builder.setSessionController(new GatewaySessionController(url)));
      settings.shardCount().ifPresent(builder::setShardsTotal);
      if (!settings.shardIds().isEmpty()) {
        builder.setShards(settings.shardIds());
      }
      shards = builder.build(false);
    } catch (RuntimeException e) {
      return fail("Discord kan niet worden gestart: " + e.getMessage());
    }

    scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "dagwijzer-scheduler");
      thread.setDaemon(true);
      return thread;
    });
    StateFolder state = new StateFolder(settings.stateDir());
    DiscordPoster poster = new DiscordPoster(shards, settings.announceChannel());
    announcements = new Announcements(clock, scheduler, state, poster, () -> store.current().event().timezone(), TICK);
    reminders = new Reminders(clock, scheduler, state, poster, store,
        Duration.ofMinutes(settings.reminderMinutes()), TICK);
    listener.set(new DagwijzerListener(questions, new Access(settings.organiserRole(),
        settings.moderatorRole()), announcements, poster, settings.qaChannels(), this::shardReady,
        this::shardShutdown));

    try {
      shards.login();
      shardsExpected = settings.shardIds().isEmpty() ? shards.getShardsTotal() : settings.shardIds().size();
      checkReady();
      ready.get();
    } catch (InvalidTokenException e) {
      return fail("Discord weigert het token in DISCORD_TOKEN; kopieer het opnieuw uit het Developer Portal.");
    } catch (ExecutionException e) {
      return fail(e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("Onderbroken tijdens het verbinden met Discord.");
    } catch (RuntimeException e) {
      if (e.getCause() instanceof InvalidTokenException) {
        return fail("Discord weigert het token in DISCORD_TOKEN; kopieer het opnieuw uit het Developer Portal.");
      }
      return fail("Verbinden met Discord is mislukt: " + e.getMessage());
    }

    var missing = Channels.missing(shards.getGuilds(), settings);
    if (missing.isPresent()) {
      return fail(missing.get());
    }
    announcements.start();
    reminders.start();
    Thread hook = new Thread(() -> {
      LOG.info("Stopping (shutdown signal)");
      stop();
      Runtime.getRuntime().halt(0);
    }, "dagwijzer-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    LOG.info("Dagwijzer is online in {} server(s) with {}", shards.getGuilds().size(), settings);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** The bot's clock: the real one, or in rehearsal mode one that starts at the given time and runs faster. */
  Clock eventClock(Programme programme, Clock real) {
    if (!settings.rehearsal()) {
      return real;
    }
    ZoneId zone = programme.event().timezone();
    LocalDate day = programme.event().date().orElse(LocalDate.now(real));
    Instant start = settings.clockStart().map(t -> day.atTime(t).atZone(zone).toInstant()).orElse(real.instant());
    LOG.info("Rehearsal: the clock starts at {} and runs {}x real speed", start.atZone(zone), settings.clockSpeed());
    return new RehearsalClock(real, start, settings.clockSpeed());
  }

  private void shardReady(ReadyEvent event) {
    JDA jda = event.getJDA();
    LOG.info("Shard {} ready ({} servers)", jda.getShardInfo(), event.getGuildTotalCount());
    if (commandsRegistered.compareAndSet(false, true)) {
      jda.updateCommands().addCommands(SlashCommands.all()).queue(
          commands -> LOG.info("Registered {} slash commands", commands.size()),
          error -> LOG.error("Registering the slash commands failed: {}", error.getMessage()));
    }
    shardsReady.incrementAndGet();
    checkReady();
  }

  private void checkReady() {
    if (shardsReady.get() >= shardsExpected) {
      ready.complete(null);
    }
  }

  private void shardShutdown(ShutdownEvent event) {
    CloseCode code = event.getCloseCode();
    if (code == CloseCode.DISALLOWED_INTENTS) {
      ready.completeExceptionally(new IllegalStateException("Discord weigert de Message Content intent: zet"
          + " 'Message Content Intent' aan bij Bot in het Developer Portal."));
    } else if (code == CloseCode.AUTHENTICATION_FAILED) {
      ready.completeExceptionally(new IllegalStateException(
          "Discord weigert het token in DISCORD_TOKEN; kopieer het opnieuw uit het Developer Portal."));
    } else if (!ready.isDone()) {
      ready.completeExceptionally(new IllegalStateException("Discord heeft de verbinding gesloten"
          + (code == null ? "" : ": " + code.getMeaning()) + "."));
    }
  }

  private int fail(String message) {
    err.println(message);
    err.flush();
    LOG.debug("Start failed: {}", message);
    stop();
    return 1;
  }

  /** Stops the schedulers, writes the state and shuts JDA down; safe to call more than once. */
  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    try {
      if (announcements != null) {
        announcements.stop();
      }
      if (reminders != null) {
        reminders.stop();
      }
      if (scheduler != null) {
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
      }
      if (shards != null) {
        // Each shard first, so that the replies it has queued still go out; only then the shard manager, whose
        // shutdown() stops the rate-limit threads the shards share at once (the queued replies were never sent).
        // JDA 6.5 only ends a shard with queued requests when its next 30-second bucket clean-up runs, even after
        // they were all sent; so after a grace period the shard is stopped at once, cancelling what is left.
        List<JDA> running = shards.getShards();
        running.forEach(JDA::shutdown);
        for (JDA jda : running) {
          if (!jda.awaitShutdown(SHUTDOWN_GRACE)) {
            LOG.info("Shard {} still had requests after {} s; stopping it now", jda.getShardInfo(),
                SHUTDOWN_GRACE.toSeconds());
            jda.shutdownNow();
            jda.awaitShutdown(SHUTDOWN_GRACE);
          }
        }
        shards.shutdown();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("Stopping did not go cleanly: {}", e.getMessage());
    } finally {
      stopped.countDown();
    }
    LOG.info("Stopped");
  }
}
