package nl.dagwijzer.discord;

import static nl.dagwijzer.discord.Replies.bool;
import static nl.dagwijzer.discord.Replies.cause;
import static nl.dagwijzer.discord.Replies.failure;
import static nl.dagwijzer.discord.Replies.followUp;
import static nl.dagwijzer.discord.Replies.reply;
import static nl.dagwijzer.discord.Replies.string;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import nl.dagwijzer.announce.Announcements;
import nl.dagwijzer.announce.Poster;
import nl.dagwijzer.announce.Wording;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.ValidationError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Discord: answers attendees (mentions, DMs, Q&A channels, slash commands) and carries out the organiser
 * and moderator commands. Every reply allows no mentions; refusals and errors are only shown to the one who asked.
 */
public final class DagwijzerListener extends ListenerAdapter {
  public static final int MAX_UPLOAD_BYTES = 1024 * 1024;
  static final String NO_ACCESS = "Je hebt geen toegang tot dit commando.";
  private static final Logger LOG = LoggerFactory.getLogger(DagwijzerListener.class);

  private final Questions questions;
  private final ProgrammeStore store;
  private final Access access;
  private final OrganiserCommands organisers;
  private final Poster poster;
  private final List<String> qaChannels;
  private final Consumer<ReadyEvent> onReady;
  private final Consumer<ShutdownEvent> onShutdown;
  private final ExecutorService work;

  /**
   * {@code work} runs the answering of every message, command and autocomplete, in the order they came, off JDA's
   * gateway thread (which must stay free for heartbeats and the next events); one thread keeps each user's
   * follow-up questions in order.
   */
  public DagwijzerListener(Questions questions, Access access, Announcements announcements, Poster poster,
                           List<String> qaChannels, Consumer<ReadyEvent> onReady,
                           Consumer<ShutdownEvent> onShutdown, ExecutorService work) {
    this.questions = questions;
    this.store = questions.assistant().store();
    this.access = access;
    this.organisers = new OrganiserCommands(announcements);
    this.poster = poster;
    this.qaChannels = List.copyOf(qaChannels);
    this.onReady = onReady;
    this.onShutdown = onShutdown;
    this.work = work;
  }

  @Override
  public void onReady(ReadyEvent event) {
    onReady.accept(event);
  }

  @Override
  public void onShutdown(ShutdownEvent event) {
    onShutdown.accept(event);
  }

  // ---------------------------------------------------------------- messages

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    User author = event.getAuthor();
    if (author.isBot() || author.isSystem() || event.isWebhookMessage() || stopping(event.getJDA())) {
      return;
    }
    String selfId = event.getJDA().getSelfUser().getId();
    if (author.getId().equals(selfId)) {
      return;
    }
    Message message = event.getMessage();
    String raw = message.getContentRaw();
    Pattern selfMention = Pattern.compile("<@!?" + Pattern.quote(selfId) + ">");
    boolean direct = !event.isFromGuild();
    boolean mentioned = selfMention.matcher(raw).find();
    if (!direct && !mentioned && !isQaChannel(event.getChannel())) {
      return;
    }
    String question = selfMention.matcher(raw).replaceAll(" ").replaceAll("\\s+", " ").strip();
    String conversation = author.getId() + ":" + event.getChannel().getId();
    onWorker("message " + message.getId(), () -> answer(event, message, author, conversation, question));
  }

  private void answer(MessageReceivedEvent event, Message message, User author, String conversation,
                      String question) {
    questions.ask(author.getId(), conversation, question).ifPresent(outcome -> {
      List<MessageCreateData> messages = outcome.messages();
      try {
        message.reply(messages.get(0)).mentionRepliedUser(false).setAllowedMentions(List.of())
            .queue(null, failure("reply to message " + message.getId()));
        for (MessageCreateData more : messages.subList(1, messages.size())) {
          event.getChannel().sendMessage(more).setAllowedMentions(List.of()).queue(null, failure("follow-up"));
        }
      } catch (RejectedExecutionException e) {
        notSent(message.getId(), e);
      }
    });
  }

  /**
   * While JDA shuts down (SIGTERM) it still hands over events it had read, but refuses new requests: those events
   * are left alone instead of ending in an uncaught exception, logged with a stack trace, for each one.
   */
  private static boolean stopping(JDA jda) {
    JDA.Status status = jda == null ? null : jda.getStatus(); // events made by hand (unit tests) have no JDA
    return status == JDA.Status.SHUTTING_DOWN || status == JDA.Status.SHUTDOWN;
  }

  /** Hands {@code task} to the worker; when it takes no more (stopping, or too much waiting) the event is left. */
  private void onWorker(String what, Runnable task) {
    try {
      work.execute(() -> {
        try {
          task.run();
        } catch (RuntimeException e) {
          LOG.error("Handling {} failed", what, e);
        }
      });
    } catch (RejectedExecutionException e) {
      if (work.isShutdown()) {
        LOG.debug("Not answered {}: the bot is stopping", what);
      } else {
        LOG.warn("Not answered {}: {} events are waiting already", what, DiscordBot.MAX_WAITING_EVENTS);
      }
    }
  }

  /** JDA stopped its requester between {@link #stopping} and sending: nothing can be sent any more. */
  private static void notSent(String what, RejectedExecutionException e) {
    LOG.debug("Not answered {}: the bot is stopping ({})", what, e.getMessage());
  }

  private boolean isQaChannel(MessageChannelUnion channel) {
    return qaChannels.stream().anyMatch(c -> c.equals(channel.getId()) || c.equalsIgnoreCase(channel.getName()));
  }

  // ---------------------------------------------------------------- slash commands

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (stopping(event.getJDA())) {
      return;
    }
    onWorker("/" + event.getName() + " " + event.getId(), () -> command(event));
  }

  private void command(SlashCommandInteractionEvent event) {
    try {
      switch (event.getName()) {
        case SlashCommands.ASK -> ask(event);
        case SlashCommands.PROGRAMME -> overview(event, Intent.PROGRAMME);
        case SlashCommands.NOW -> overview(event, Intent.NOW);
        case SlashCommands.NEXT -> overview(event, Intent.NEXT);
        case SlashCommands.WORKSHOPS -> overview(event, Intent.WORKSHOPS);
        case SlashCommands.HELP -> overview(event, Intent.HELP);
        case SlashCommands.SPEAKER -> speaker(event);
        case SlashCommands.ANNOUNCE -> organiser(event, organisers::announce);
        case SlashCommands.ANNOUNCEMENTS -> organiser(event, organisers::list);
        case SlashCommands.CANCEL -> organiser(event, organisers::cancel);
        case SlashCommands.RELOAD -> moderator(event, this::reload);
        default -> reply(event, DiscordText.messages("Dit commando ken ik niet."), true);
      }
    } catch (RejectedExecutionException e) {
      notSent("/" + event.getName() + " " + event.getId(), e);
    } catch (RuntimeException e) {
      LOG.error("/{} by {} failed", event.getName(), event.getUser().getId(), e);
      if (!event.isAcknowledged()) {
        reply(event, DiscordText.messages(Questions.FAILED), true);
      } else {
        // Deferred already: without a follow-up the user would see "thinking…" forever.
        event.getHook().sendMessage(DiscordText.messages(Questions.FAILED).get(0)).setEphemeral(true)
            .queue(null, failure("error follow-up"));
      }
    }
  }

  private void ask(SlashCommandInteractionEvent event) {
    String question = string(event, SlashCommands.OPT_QUESTION).orElse("");
    respond(event, questions.ask(event.getUser().getId(), conversation(event), question.strip()));
  }

  private void show(SlashCommandInteractionEvent event, Intent intent, List<Entity> entities) {
    respond(event, questions.show(event.getUser().getId(), conversation(event), intent, entities));
  }

  /**
   * A command that asks one fixed thing (/straks: what comes after now) in a conversation of its own, so it neither
   * takes up what the user's questions named before ("hoe laat is de koffie" made /straks answer "na de
   * koffiepauze") nor changes their context.
   */
  private void overview(SlashCommandInteractionEvent event, Intent intent) {
    respond(event, questions.show(event.getUser().getId(), conversation(event) + ":overzicht", intent, List.of()));
  }

  private void speaker(SlashCommandInteractionEvent event) {
    String name = string(event, SlashCommands.OPT_NAME).orElse("").strip();
    Optional<Speaker> speaker = findSpeaker(store.current(), name);
    if (speaker.isEmpty()) {
      reply(event, DiscordText.messages("Ik vind geen spreker '" + DiscordText.shorten(name, 100)
          + "' in het programma. Kies een naam uit de lijst."), true);
      return;
    }
    show(event, Intent.PERSON, List.of(new Entity(EntityType.SPEAKER, speaker.get().id(), speaker.get().name())));
  }

  static Optional<Speaker> findSpeaker(Programme programme, String name) {
    Optional<Speaker> byId = programme.speaker(name);
    if (byId.isPresent()) {
      return byId;
    }
    String wanted = fold(name);
    List<Speaker> matching = programme.speakers().stream().filter(s -> fold(s.name()).equals(wanted)).toList();
    if (matching.isEmpty()) {
      matching = programme.speakers().stream().filter(s -> !wanted.isEmpty() && fold(s.name()).contains(wanted))
          .toList();
    }
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  private void respond(SlashCommandInteractionEvent event, Optional<Questions.Outcome> outcome) {
    Questions.Outcome o = outcome.orElseGet(() -> new Questions.Outcome(Optional.empty(), Questions.FLOOD));
    reply(event, o.messages(), o.refused() || !bool(event, SlashCommands.OPT_PUBLIC));
  }

  private static String conversation(SlashCommandInteractionEvent event) {
    return event.getUser().getId() + ":" + event.getChannelId();
  }

  // ---------------------------------------------------------------- organisers

  private void organiser(SlashCommandInteractionEvent event, Consumer<SlashCommandInteractionEvent> command) {
    if (!access.organiser(event.getMember())) {
      refuse(event);
      return;
    }
    command.accept(event);
  }

  private void moderator(SlashCommandInteractionEvent event, Consumer<SlashCommandInteractionEvent> command) {
    if (!access.moderator(event.getMember())) {
      refuse(event);
      return;
    }
    command.accept(event);
  }

  private void refuse(SlashCommandInteractionEvent event) {
    LOG.info("Refused /{} for user {}", event.getName(), event.getUser().getId());
    reply(event, DiscordText.messages(NO_ACCESS), true);
  }

  // ---------------------------------------------------------------- moderators

  private void reload(SlashCommandInteractionEvent event) {
    boolean announce = bool(event, SlashCommands.OPT_ANNOUNCE);
    OptionMapping fileOption = event.getOption(SlashCommands.OPT_FILE);
    InteractionHook hook = event.getHook();
    if (fileOption == null) {
      event.deferReply(true).queue(null, failure("defer /herlaad"));
      followUp(hook, DiscordText.messages(reloadResult(() -> store.reload(), announce, event)));
      return;
    }
    Message.Attachment file = fileOption.getAsAttachment();
    if (file.getSize() > MAX_UPLOAD_BYTES) {
      reply(event, DiscordText.messages(tooBig(file.getSize())), true);
      return;
    }
    event.deferReply(true).queue(null, failure("defer /herlaad"));
    CompletableFuture<byte[]> bytes = file.getProxy().download().thenApply(DagwijzerListener::readLimited);
    bytes.whenComplete((content, error) -> {
      String result;
      if (error != null) {
        LOG.warn("Downloading {} failed", file.getFileName(), cause(error));
        result = "Het bestand kon niet worden opgehaald: " + cause(error).getMessage();
      } else if (content.length > MAX_UPLOAD_BYTES) {
        result = tooBig(content.length);
      } else {
        result = reloadResult(() -> store.replace(content), announce, event);
      }
      followUp(hook, DiscordText.messages(result));
    });
  }

  private static byte[] readLimited(InputStream in) {
    try (in) {
      return in.readNBytes(MAX_UPLOAD_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tooBig(long size) {
    String megabytes = String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0)).replace('.', ',');
    return "Het bestand is te groot (" + megabytes + " MB); het mag hoogstens 1 MB zijn. Het huidige programma"
        + " blijft actief.";
  }

  private interface Load {
    ProgrammeStore.Reload load() throws ProgrammeRejectedException, IOException;
  }

  private String reloadResult(Load load, boolean announce, SlashCommandInteractionEvent event) {
    ProgrammeStore.Reload reload;
    try {
      reload = load.load();
    } catch (ProgrammeRejectedException e) {
      LOG.info("Reload by {} rejected: {} errors", event.getUser().getId(), e.errors().size());
      return rejected(e.errors());
    } catch (IOException | UncheckedIOException e) {
      LOG.error("Reload by {} failed", event.getUser().getId(), e);
      return "Het programma kon niet worden opgeslagen: " + e.getMessage() + ". Het huidige programma blijft actief.";
    }
    LOG.info("Programme reloaded by {}", event.getUser().getId());
    String changes = Wording.changes(reload.changes());
    StringBuilder text = new StringBuilder("Het programma is geladen: ")
        .append(reload.after().sessions().size()).append(" sessies, ")
        .append(reload.after().speakers().size()).append(" sprekers.\n").append(changes);
    if (announce) {
      if (reload.changes().isEmpty()) {
        text.append("\nEr is niets aangekondigd: er is niets veranderd.");
      } else if (!poster.hasDefaultChannel()) {
        text.append("\nEr is niets aangekondigd: er is geen aankondigingskanaal ingesteld.");
      } else {
        poster.post(Optional.empty(), changes).whenComplete((ok, error) -> {
          if (error != null) {
            LOG.error("Posting the programme changes failed", cause(error));
          }
        });
        text.append("\nDe wijzigingen zijn aangekondigd in het aankondigingskanaal.");
      }
    }
    return text.toString();
  }

  /** The errors of a rejected programme, as many as fit in one message, then how many more there are. */
  static String rejected(List<ValidationError> errors) {
    String head = "Het programma is niet geladen; het huidige programma blijft actief. "
        + (errors.size() == 1 ? "Er is 1 fout:" : "Er zijn " + errors.size() + " fouten:");
    StringBuilder text = new StringBuilder(head);
    int shown = 0;
    for (ValidationError error : errors) {
      String line = "\n• " + DiscordText.shorten(error.format(), 400);
      int reserve = shown + 1 < errors.size() ? 30 : 0;
      if (text.length() + line.length() + reserve > DiscordText.MESSAGE_LIMIT) {
        break;
      }
      text.append(line);
      shown++;
    }
    if (shown < errors.size()) {
      int left = errors.size() - shown;
      text.append("\n… en nog ").append(left).append(left == 1 ? " fout." : " fouten.");
    }
    return DiscordText.shorten(text.toString(), DiscordText.MESSAGE_LIMIT);
  }

  // ---------------------------------------------------------------- autocomplete

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (stopping(event.getJDA())) {
      return;
    }
    onWorker("autocomplete " + event.getId(), () -> complete(event));
  }

  private void complete(CommandAutoCompleteInteractionEvent event) {
    String typed = event.getFocusedOption().getValue();
    List<Command.Choice> choices = new ArrayList<>();
    if (event.getName().equals(SlashCommands.SPEAKER)) {
      String wanted = fold(typed);
      for (Speaker s : store.current().speakers()) {
        if (choices.size() == 25) {
          break;
        }
        if (wanted.isEmpty() || fold(s.name()).contains(wanted)) {
          String label = s.organisation().isBlank() ? s.name() : s.name() + " (" + s.organisation() + ")";
          choices.add(new Command.Choice(DiscordText.shorten(label, 100), DiscordText.shorten(s.id(), 100)));
        }
      }
    } else if (event.getName().equals(SlashCommands.CANCEL) && access.organiser(event.getMember())) {
      choices.addAll(organisers.cancelChoices(typed));
    }
    event.replyChoices(choices.stream().limit(25).collect(Collectors.toList()))
        .queue(null, failure("autocomplete"));
  }

  // ---------------------------------------------------------------- helpers

  /** Lower case without accents, for matching names typed in any way. */
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
  }
}
