package nl.dagwijzer.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import nl.dagwijzer.personal.PersonalRequests;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /vergeet sessie:…}: takes a session out of the user's programme; suggests what is in it. Private. */
final class ForgetCommand implements SlashCommand {
  static final String NAME = "vergeet";
  private static final Logger LOG = LoggerFactory.getLogger(ForgetCommand.class);

  private final PersonalRequests requests;

  ForgetCommand(PersonalRequests requests) {
    this.requests = requests;
  }

  @Override
  public SlashCommandData data() {
    return Audience.ATTENDEE.shape(Commands.slash(NAME, "Haal een sessie uit je eigen programma")
        .addOptions(SessionOption.option("Een sessie uit je programma")));
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    String value = Replies.string(event, SessionOption.NAME).orElse("");
    Optional<Session> session = SessionOption.find(requests.choices().programme(), value);
    if (session.isEmpty()) {
      Replies.replyPrivately(event, SessionOption.notFound(value));
      return;
    }
    try {
      Replies.replyPrivately(event, requests.forget(event.getUser().getId(), session.get()));
    } catch (StoreException e) {
      LOG.error("A choice of user {} could not be removed: {}", event.getUser().getId(), e.getMessage(),
          e.getCause());
      Replies.replyPrivately(event, Replies.notStored(e));
    }
  }

  @Override
  public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
    List<Session> mine;
    try {
      mine = requests.choices().of(event.getUser().getId());
    } catch (StoreException e) {
      LOG.error("Choices of user {} could not be read: {}", event.getUser().getId(), e.getMessage(), e.getCause());
      mine = List.of();
    }
    SessionOption.suggest(event, requests.choices().programme(), mine);
  }
}
