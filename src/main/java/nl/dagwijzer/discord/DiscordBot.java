package nl.dagwijzer.discord;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.sharding.ShardManager;
import nl.dagwijzer.announce.Announcements;
import nl.dagwijzer.announce.RehearsalClock;
import nl.dagwijzer.announce.Reminders;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.answer.ConversationMemory;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the Discord bot is put together by hand and run: programme, state, core, schedulers, JDA.
 * The state database is opened and checked before anything goes to Discord, so a state that cannot be used stops the
 * start with one Dutch line and nothing registered. Runs until the JVM is asked to stop (SIGTERM): then it stops the
 * schedulers, shuts JDA down (sending what was queued), writes what is left of the state and exits 0.
 */
public final class DiscordBot {
  static final Duration TICK = Duration.ofSeconds(1);
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);
  /** Events waiting to be answered at most; beyond that new ones are left (logged), so memory stays bounded. */
  static final int MAX_WAITING_EVENTS = 10_000;
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
  private volatile boolean loggedIn;
  private Thread hook;
  private ShardManager shards;
  private StateDatabase state;
  private ExecutorService answering;
  private ScheduledExecutorService scheduler;
  private Announcements announcements;
  private Reminders reminders;
  private CommandRouter router;
  private PersonalParts personal;

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
    try {
      state = StateDatabase.open(settings.stateDir(), zone, real);
    } catch (StoreException e) {
      return fail(e.getMessage());
    }
    try {
      // The listener needs the shard manager (to post), so it is made after build() and handed to each shard
      // when the shard is created during login().
      shards = Shards.build(settings, shardId -> listener.get());
    } catch (RuntimeException e) {
      return fail("Discord kan niet worden gestart: " + e.getMessage());
    }

    scheduler = Executors.newSingleThreadScheduledExecutor(Shards.daemon("dagwijzer-scheduler"));
    answering = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(MAX_WAITING_EVENTS), Shards.daemon("dagwijzer-answers"));
    DiscordPoster poster = new DiscordPoster(shards, settings.announceChannel(), state.instanceId());
    announcements = new Announcements(clock, scheduler, state.announcements(), poster,
        () -> store.current().event().timezone(), TICK);
    reminders = new Reminders(clock, scheduler, state.reminders(), poster, store,
        Duration.ofMinutes(settings.reminderMinutes()), TICK);
    personal = PersonalParts.build(settings, store, state, clock, scheduler, shards);
    try {
      announcements.load();
      reminders.load();
      personal.load();
    } catch (StoreException e) {
      return fail("De staat in " + state.file() + " kan niet worden gelezen: " + e.getMessage() + ".");
    }
    Questions questions = new Questions(personal.assistant(new Assistant(store, understander, clock,
        new ConversationMemory(real, FORGET_AFTER))), new FloodGuard(real, 5, Duration.ofSeconds(30)));
    router = Features.router(questions, new Access(settings.organiserRole(), settings.moderatorRole()),
        announcements, poster, store, personal.features());
    listener.set(new DagwijzerListener(questions, router, settings.qaChannels(), this::shardReady,
        this::shardShutdown, answering));

    // From here on there is something to stop: a SIGTERM during the login stops cleanly too.
    hook = new Thread(() -> {
      LOG.info("Stopping (shutdown signal)");
      stop();
      Runtime.getRuntime().halt(0);
    }, "dagwijzer-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      shards.login();
      loggedIn = true;
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
    try {
      if (stopping.get()) {
        return 0; // the shutdown signal came while starting, and the hook has stopped everything
      }
      announcements.start();
      reminders.start();
      personal.start();
    } catch (RejectedExecutionException e) {
      return 0; // stopped by the shutdown signal between the check and the start
    }
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
      jda.updateCommands().addCommands(router.definitions()).queue(
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
    if (hook != null) {
      try {
        // The exit code is 1; the hook would end the JVM with 0 when the caller exits.
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        LOG.debug("Already shutting down");
      }
    }
    LOG.debug("Start failed: {}", message);
    stop();
    return 1;
  }

  /**
   * Stops the schedulers and the answering, shuts JDA down, writes what is left of the state and closes it; each step
   * on its own, so a failing state never keeps Discord connected. Safe to call more than once, and after a failed
   * login (then there are no shards to stop).
   */
  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    new ShutdownSteps()
        .then("stopping the announcements", () -> {
          if (announcements != null) {
            announcements.stop();
          }
        })
        .then("stopping the reminders", () -> {
          if (reminders != null) {
            reminders.stop();
          }
        })
        .then("stopping the personal reminders and events", () -> {
          if (personal != null) {
            personal.stop();
          }
        })
        .then("stopping the scheduler", () -> {
          if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
          }
        })
        .then("finishing the answers already taken", () -> {
          // Questions taken before the signal are answered, so their replies are queued before JDA stops.
          if (answering != null) {
            answering.shutdown();
            answering.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
          }
        })
        .then("disconnecting from Discord", () -> Shards.shutdown(shards, loggedIn, SHUTDOWN_GRACE))
        .then("writing the announcements' state", () -> {
          if (announcements != null) {
            announcements.flush();
          }
        })
        .then("writing the reminders' state", () -> {
          if (reminders != null) {
            reminders.flush();
          }
        })
        .then("writing the personal reminders' state", () -> {
          if (personal != null) {
            personal.flush();
          }
        })
        .then("closing the state database", () -> {
          if (state != null) {
            state.close();
          }
        })
        .run();
    stopped.countDown();
    LOG.info("Stopped");
  }
}
