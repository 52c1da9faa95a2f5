package nl.dagwijzer.discord;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the slash command handlers answer and read their options; shared by the listener and the command classes. */
final class Replies {
  private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

  private Replies() {
  }

  static void reply(IReplyCallback event, List<MessageCreateData> messages, boolean ephemeral) {
    event.reply(messages.get(0)).setEphemeral(ephemeral).queue(null, failure("reply to /" + name(event)));
    for (MessageCreateData more : messages.subList(1, messages.size())) {
      event.getHook().sendMessage(more).setEphemeral(ephemeral).queue(null, failure("follow-up"));
    }
  }

  /** A private reply of plain text. */
  static void replyPrivately(IReplyCallback event, String text) {
    reply(event, DiscordText.messages(text), true);
  }

  /** After a deferred (ephemeral) reply: the first message replaces "thinking…", the rest follow. */
  static void followUp(InteractionHook hook, List<MessageCreateData> messages) {
    for (MessageCreateData message : messages) {
      hook.sendMessage(message).setEphemeral(true).queue(null, failure("follow-up"));
    }
  }

  static Optional<String> string(SlashCommandInteractionEvent event, String option) {
    OptionMapping mapping = event.getOption(option);
    return mapping == null ? Optional.empty() : Optional.ofNullable(mapping.getAsString());
  }

  static boolean bool(SlashCommandInteractionEvent event, String option) {
    OptionMapping mapping = event.getOption(option);
    return mapping != null && mapping.getAsBoolean();
  }

  static Throwable cause(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  static Consumer<Throwable> failure(String what) {
    return error -> LOG.warn("Discord refused {}: {}", what, error.getMessage());
  }

  private static String name(IReplyCallback event) {
    return event instanceof SlashCommandInteractionEvent s ? s.getName() : "interaction";
  }
}
