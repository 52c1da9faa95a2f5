package nl.dagwijzer.discord;

import static nl.dagwijzer.discord.Replies.failure;
import static nl.dagwijzer.discord.Replies.reply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each interaction to the command it names, after checking who may use it; answers unknown commands, refusals
 * and failures itself, so a command only handles the cases it is for. Runs on the answering worker.
 */
final class CommandRouter {
  static final String NO_ACCESS = "Je hebt geen toegang tot dit commando.";
  private static final Logger LOG = LoggerFactory.getLogger(CommandRouter.class);

  private final Map<String, SlashCommand> commands = new LinkedHashMap<>();
  private final Map<String, ComponentHandler> components = new LinkedHashMap<>();
  private final Access access;

  CommandRouter(List<SlashCommand> commands, Access access) {
    for (SlashCommand command : commands) {
      if (this.commands.putIfAbsent(command.data().getName(), command) != null) {
        throw new IllegalArgumentException("two commands named /" + command.data().getName());
      }
      if (command instanceof ComponentHandler handler
          && components.putIfAbsent(handler.prefix(), handler) != null) {
        throw new IllegalArgumentException("two component handlers for " + handler.prefix());
      }
    }
    this.access = access;
  }

  /** Every command as it is registered with Discord, in the order they were given. */
  List<SlashCommandData> definitions() {
    return commands.values().stream().map(SlashCommand::data).toList();
  }

  void onSlashCommand(SlashCommandInteractionEvent event) {
    String what = "/" + event.getName() + " " + event.getId();
    try {
      SlashCommand command = commands.get(event.getName());
      if (command == null) {
        reply(event, DiscordText.messages("Dit commando ken ik niet."), true);
      } else if (!command.audience().allows(access, event.getMember())) {
        LOG.info("Refused /{} for user {}", event.getName(), event.getUser().getId());
        reply(event, DiscordText.messages(NO_ACCESS), true);
      } else {
        command.onSlashCommand(event);
      }
    } catch (RejectedExecutionException e) {
      LOG.debug("Not answered {}: the bot is stopping ({})", what, e.getMessage());
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

  /** A choice in a select menu, for the handler of its component id's prefix. */
  void onStringSelect(StringSelectInteractionEvent event) {
    String id = event.getComponentId();
    ComponentHandler handler = components.get(id.contains(":") ? id.substring(0, id.indexOf(':')) : id);
    try {
      if (handler == null) {
        reply(event, DiscordText.messages("Dit menu ken ik niet (meer)."), true);
      } else {
        handler.onStringSelect(event);
      }
    } catch (RejectedExecutionException e) {
      LOG.debug("Not answered menu {}: the bot is stopping ({})", id, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("Menu {} by {} failed", id, event.getUser().getId(), e);
      if (!event.isAcknowledged()) {
        reply(event, DiscordText.messages(Questions.FAILED), true);
      }
    }
  }

  /** Suggestions come only from a command the member may use; others get none. */
  void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
    SlashCommand command = commands.get(event.getName());
    if (command == null || !command.audience().allows(access, event.getMember())) {
      event.replyChoices(List.of()).queue(null, failure("autocomplete"));
      return;
    }
    command.onAutoComplete(event);
  }
}
