package nl.dagwijzer.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import nl.dagwijzer.store.ReminderSettings;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /herinneringen aan:true|false}: the user's own switch for personal reminders. Private. */
final class RemindersCommand implements SlashCommand {
  static final String NAME = "herinneringen";
  static final String OPT_ON = "aan";
  private static final Logger LOG = LoggerFactory.getLogger(RemindersCommand.class);

  private final ReminderSettings settings;
  private final int minutes;

  RemindersCommand(ReminderSettings settings, int minutes) {
    this.settings = settings;
    this.minutes = minutes;
  }

  @Override
  public SlashCommandData data() {
    return Audience.ATTENDEE.shape(Commands.slash(NAME, "Herinneringen voor je eigen programma aan of uit")
        .addOptions(new OptionData(OptionType.BOOLEAN, OPT_ON, "true: herinneringen aan, false: uit", true)));
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    boolean on = Replies.bool(event, OPT_ON);
    try {
      settings.set(event.getUser().getId(), on);
    } catch (StoreException e) {
      LOG.error("The reminder setting of user {} could not be stored: {}", event.getUser().getId(), e.getMessage(),
          e.getCause());
      Replies.replyPrivately(event, Replies.notStored(e));
      return;
    }
    String text;
    if (!on) {
      text = "Je krijgt geen herinneringen meer. Weer aanzetten kan met /herinneringen aan:true.";
    } else if (minutes == 0) {
      text = "Je herinneringen staan aan, maar persoonlijke herinneringen staan op deze server uit.";
    } else {
      text = "Je krijgt weer een privébericht " + minutes + " minuten voor elk onderdeel in je programma.";
    }
    Replies.replyPrivately(event, text);
  }
}
