package nl.dagwijzer.discord;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the slash command handlers answer and read their options; shared by the listener and the command classes. */
final class Replies {
  /** The option of the attendee commands that answer a question: show the answer to the whole channel. */
  static final String OPT_PUBLIC = "openbaar";
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

  /** {@code command} with the option {@code openbaar}. */
  static SlashCommandData withPublicOption(SlashCommandData command) {
    return command.addOptions(new OptionData(OptionType.BOOLEAN, OPT_PUBLIC,
        "Laat het antwoord aan iedereen in het kanaal zien", false));
  }

  /**
   * An answer from the core: private unless {@code openbaar:true}; a refusal (flood, too long, error) always
   * private. The flood limit's silence still needs an answer, because Discord requires one for every command.
   */
  static void respond(SlashCommandInteractionEvent event, Optional<Questions.Outcome> outcome) {
    Questions.Outcome o = outcome.orElseGet(() -> new Questions.Outcome(Optional.empty(), Questions.FLOOD));
    reply(event, o.messages(), o.refused() || !bool(event, OPT_PUBLIC));
  }

  /** A user's conversation in the channel of the command, shared with their messages there. */
  static String conversation(SlashCommandInteractionEvent event) {
    return event.getUser().getId() + ":" + event.getChannelId();
  }

  static Optional<String> string(SlashCommandInteractionEvent event, String option) {
    OptionMapping mapping = event.getOption(option);
    return mapping == null ? Optional.empty() : Optional.ofNullable(mapping.getAsString());
  }

  static boolean bool(SlashCommandInteractionEvent event, String option) {
    OptionMapping mapping = event.getOption(option);
    return mapping != null && mapping.getAsBoolean();
  }

  /** The answer when the state could not be read or written: what failed, and that nothing changed. */
  static String notStored(nl.dagwijzer.store.StoreException e) {
    return "Dat lukte niet (" + e.getMessage() + "). Er is niets veranderd; probeer het zo nog eens.";
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
