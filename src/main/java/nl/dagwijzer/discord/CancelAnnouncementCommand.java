package nl.dagwijzer.discord;

import static nl.dagwijzer.discord.Replies.replyPrivately;
import static nl.dagwijzer.discord.Replies.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import nl.dagwijzer.announce.AnnouncementException;
import nl.dagwijzer.announce.Announcements;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.store.ScheduledAnnouncement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /aankondiging-intrekken id:…}: cancels a scheduled announcement; suggests the scheduled ones. */
final class CancelAnnouncementCommand implements SlashCommand {
  static final String NAME = "aankondiging-intrekken";
  static final String OPT_ID = "id";
  private static final Logger LOG = LoggerFactory.getLogger(CancelAnnouncementCommand.class);

  private final Announcements announcements;

  CancelAnnouncementCommand(Announcements announcements) {
    this.announcements = announcements;
  }

  @Override
  public SlashCommandData data() {
    return Audience.ORGANISER.shape(Commands.slash(NAME, "Trek een geplande aankondiging in")
        .addOptions(new OptionData(OptionType.STRING, OPT_ID, "Nummer van de aankondiging (zie /aankondigingen)",
            true, true)));
  }

  @Override
  public Audience audience() {
    return Audience.ORGANISER;
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    String id = string(event, OPT_ID).orElse("").strip();
    Optional<ScheduledAnnouncement> cancelled;
    try {
      cancelled = announcements.cancel(id);
    } catch (AnnouncementException e) {
      replyPrivately(event, e.getMessage());
      return;
    }
    String text = cancelled
        .map(a -> "Aankondiging " + a.id() + " (" + DutchText.time(announcements.localTime(a.at()))
            + ") is ingetrokken.")
        .orElse("Er is geen geplande aankondiging met id " + DiscordText.shorten(id, 20)
            + ". Bekijk de lijst met /aankondigingen.");
    if (cancelled.isPresent()) {
      LOG.info("Announcement {} cancelled by {}", id, event.getUser().getId());
    }
    replyPrivately(event, text);
  }

  /** The scheduled announcements whose label contains what the organiser typed. */
  @Override
  public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
    String typed = event.getFocusedOption().getValue();
    List<Command.Choice> choices = new ArrayList<>();
    for (ScheduledAnnouncement a : announcements.pending()) {
      String label = a.id() + " — " + DutchText.time(announcements.localTime(a.at())) + ": "
          + a.text().replaceAll("\\s+", " ");
      if (choices.size() < 25
          && (typed.isBlank() || label.toLowerCase(Locale.ROOT).contains(typed.toLowerCase(Locale.ROOT)))) {
        choices.add(new Command.Choice(DiscordText.shorten(label, 100), a.id()));
      }
    }
    event.replyChoices(choices).queue(null, Replies.failure("autocomplete"));
  }
}
