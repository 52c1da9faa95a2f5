package nl.dagwijzer.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.sharding.ShardManager;
import nl.dagwijzer.announce.ScheduledEvents;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.personal.Choices;
import nl.dagwijzer.personal.MyDays;
import nl.dagwijzer.personal.PersonalAssistant;
import nl.dagwijzer.personal.PersonalReminders;
import nl.dagwijzer.personal.PersonalRequests;
import nl.dagwijzer.personal.UnansweredQuestions;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.store.PersonalState;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.store.StoreException;

/**
 * The personal programme on Discord, put together for {@link DiscordBot}: choices and the user's day, personal
 * reminders by direct message, the unanswered questions, and (when switched on) the server's scheduled events.
 */
final class PersonalParts {
  private final PersonalRequests requests;
  private final MyDays days;
  private final UnansweredQuestions unanswered;
  private final PersonalReminders reminders;
  private final Optional<DiscordEvents> events;
  private final PersonalState state;
  private final Clock clock;

  private PersonalParts(PersonalState state, Clock clock, PersonalRequests requests, MyDays days,
                        UnansweredQuestions unanswered, PersonalReminders reminders, Optional<DiscordEvents> events) {
    this.state = state;
    this.clock = clock;
    this.requests = requests;
    this.days = days;
    this.unanswered = unanswered;
    this.reminders = reminders;
    this.events = events;
  }

  static PersonalParts build(DiscordSettings settings, ProgrammeStore store, StateDatabase db, Clock clock,
                             ScheduledExecutorService scheduler, ShardManager shards) {
    PersonalState state = db.personal();
    int minutes = settings.personal().reminderMinutes();
    Choices choices = new Choices(store, state.choices(), clock);
    PersonalRequests requests = new PersonalRequests(choices, state.settings(), minutes);
    MyDays days = new MyDays(choices, state.settings(), state.messages(), minutes);
    PersonalReminders reminders = new PersonalReminders(clock, scheduler, store, state,
        new DiscordMessages(shards, db.instanceId()), Duration.ofMinutes(minutes), DiscordBot.TICK);
    Optional<DiscordEvents> events = settings.personal().discordEvents()
        ? Optional.of(new DiscordEvents(new ScheduledEvents(store, state.events(), clock), shards::getGuilds))
        : Optional.empty();
    return new PersonalParts(state, clock, requests, days, new UnansweredQuestions(state.unanswered(), store, clock),
        reminders, events);
  }

  PersonalAssistant assistant(Assistant assistant) {
    return new PersonalAssistant(assistant, requests, Optional.of(unanswered));
  }

  Features.Personal features() {
    return new Features.Personal(requests, days, state.settings(), unanswered, clock, this::afterReload);
  }

  /** Reads and tidies the state before going online, so state that cannot be used stops the start. */
  void load() throws StoreException {
    reminders.load();
    unanswered.forgetOld();
  }

  void start() {
    reminders.start();
    events.ifPresent(DiscordEvents::start);
  }

  void stop() throws InterruptedException {
    reminders.stop();
    if (events.isPresent()) {
      events.get().stop();
    }
  }

  void flush() {
    reminders.flush();
  }

  /** After a reload: the events brought in step, one line per server for the moderator. */
  private CompletableFuture<String> afterReload() {
    return events.map(e -> e.sync().thenApply(results -> results.stream().map(ScheduledEvents.Result::text)
        .collect(Collectors.joining("\n")))).orElseGet(() -> CompletableFuture.completedFuture(""));
  }
}
