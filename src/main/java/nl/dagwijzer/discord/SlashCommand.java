package nl.dagwijzer.discord;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * One slash command: what it registers with Discord and how it answers. The {@link CommandRouter} finds it by the
 * name in {@link #data()}, checks its {@link #audience()} first and calls it on the answering worker, never on JDA's
 * gateway thread.
 */
interface SlashCommand {
  /** The command as registered: Dutch name, description and options. */
  SlashCommandData data();

  /** Who may use it; checked on every call, whatever Discord shows to whom. */
  default Audience audience() {
    return Audience.ATTENDEE;
  }

  void onSlashCommand(SlashCommandInteractionEvent event);

  /** Suggestions for the option being typed; none unless the command has an option with autocomplete. */
  default void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
    event.replyChoices(List.of()).queue(null, Replies.failure("autocomplete"));
  }
}
