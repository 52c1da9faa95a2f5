package nl.dagwijzer.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import nl.dagwijzer.personal.PersonalText;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * The option {@code sessie} of /kies and /vergeet: suggestions labelled with time, title and speaker, and the
 * session a value names (its id from a suggestion, or a title typed by hand).
 */
final class SessionOption {
  static final String NAME = "sessie";
  /** Discord's limit on suggestions, and on a suggestion's label and value. */
  static final int MAX_CHOICES = 25;
  static final int MAX_LENGTH = 100;

  private SessionOption() {
  }

  static OptionData option(String description) {
    return new OptionData(OptionType.STRING, NAME, description, true, true);
  }

  /** Suggests those of {@code sessions} whose label contains what was typed. */
  static void suggest(CommandAutoCompleteInteractionEvent event, Programme programme, List<Session> sessions) {
    String typed = SpeakerCommand.fold(event.getFocusedOption().getValue());
    List<Command.Choice> choices = new ArrayList<>();
    for (Session session : sessions) {
      String label = PersonalText.label(programme, session, MAX_LENGTH);
      if (choices.size() < MAX_CHOICES && session.id().length() <= MAX_LENGTH
          && (typed.isEmpty() || SpeakerCommand.fold(label).contains(typed))) {
        choices.add(new Command.Choice(label, session.id()));
      }
    }
    event.replyChoices(choices).queue(null, Replies.failure("autocomplete"));
  }

  /** The session with this id, or the only one whose title is (or contains) what was typed. */
  static Optional<Session> find(Programme programme, String value) {
    Optional<Session> byId = programme.session(value.strip());
    if (byId.isPresent()) {
      return byId;
    }
    String wanted = SpeakerCommand.fold(value);
    List<Session> matching = programme.sessions().stream()
        .filter(s -> SpeakerCommand.fold(s.title()).equals(wanted)).toList();
    if (matching.isEmpty() && !wanted.isEmpty()) {
      matching = programme.sessions().stream().filter(s -> SpeakerCommand.fold(s.title()).contains(wanted)).toList();
    }
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  static String notFound(String value) {
    return "Ik vind geen sessie '" + DiscordText.shorten(value.strip(), 100) + "' in het programma. Kies er een uit"
        + " de lijst.";
  }
}
