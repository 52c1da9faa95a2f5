package nl.dagwijzer.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import nl.dagwijzer.personal.PersonalRequests;
import nl.dagwijzer.programme.Session;

/**
 * {@code /kies sessie:…}: puts a session in the user's programme; a second one in the same block replaces the first.
 * Suggests the sessions one chooses between, labelled with time, title and speaker. The answer is private.
 */
final class ChooseCommand implements SlashCommand {
  static final String NAME = "kies";

  private final PersonalRequests requests;

  ChooseCommand(PersonalRequests requests) {
    this.requests = requests;
  }

  @Override
  public SlashCommandData data() {
    return Audience.ATTENDEE.shape(Commands.slash(NAME, "Zet een sessie in je eigen programma")
        .addOptions(SessionOption.option("De sessie, bijvoorbeeld een workshop")));
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    String value = Replies.string(event, SessionOption.NAME).orElse("");
    Optional<Session> session = SessionOption.find(requests.choices().programme(), value);
    Replies.replyPrivately(event, session.map(s -> requests.choose(event.getUser().getId(), List.of(s), false))
        .orElseGet(() -> SessionOption.notFound(value)));
  }

  @Override
  public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
    SessionOption.suggest(event, requests.choices().programme(), requests.choices().choosable());
  }
}
