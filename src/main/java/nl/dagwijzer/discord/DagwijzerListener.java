package nl.dagwijzer.discord;

import static nl.dagwijzer.discord.Replies.failure;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Discord: answers attendees' messages (mentions, DMs, Q&A channels) and hands every interaction to the
 * {@link CommandRouter}, each on the answering worker. Every reply allows no mentions.
 */
public final class DagwijzerListener extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(DagwijzerListener.class);

  private final Questions questions;
  private final CommandRouter router;
  private final List<String> qaChannels;
  private final Consumer<ReadyEvent> onReady;
  private final Consumer<ShutdownEvent> onShutdown;
  private final ExecutorService work;

  /**
   * {@code work} runs the answering of every message, command and autocomplete, in the order they came, off JDA's
   * gateway thread (which must stay free for heartbeats and the next events); one thread keeps each user's
   * follow-up questions in order.
   */
  DagwijzerListener(Questions questions, CommandRouter router, List<String> qaChannels,
                    Consumer<ReadyEvent> onReady, Consumer<ShutdownEvent> onShutdown, ExecutorService work) {
    this.questions = questions;
    this.router = router;
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
    onWorker("/" + event.getName() + " " + event.getId(), () -> router.onSlashCommand(event));
  }

  @Override
  public void onStringSelectInteraction(StringSelectInteractionEvent event) {
    if (stopping(event.getJDA())) {
      return;
    }
    onWorker("menu " + event.getComponentId() + " " + event.getId(), () -> router.onStringSelect(event));
  }

  // ---------------------------------------------------------------- autocomplete

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (stopping(event.getJDA())) {
      return;
    }
    onWorker("autocomplete " + event.getId(), () -> router.onAutoComplete(event));
  }
}
