package nl.dagwijzer.discord;

import static nl.dagwijzer.discord.Replies.cause;
import static nl.dagwijzer.discord.Replies.failure;
import static nl.dagwijzer.discord.Replies.followUp;
import static nl.dagwijzer.discord.Replies.replyPrivately;
import static nl.dagwijzer.discord.Replies.string;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
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

/** {@code /aankondiging tekst:… [om:HH:mm] [kanaal]}: posts an announcement now, or schedules it for later today. */
final class AnnounceCommand implements SlashCommand {
  static final String NAME = "aankondiging";
  static final String OPT_TEXT = "tekst";
  static final String OPT_AT = "om";
  static final String OPT_CHANNEL = "kanaal";
  private static final Logger LOG = LoggerFactory.getLogger(AnnounceCommand.class);

  private final Announcements announcements;

  AnnounceCommand(Announcements announcements) {
    this.announcements = announcements;
  }

  @Override
  public SlashCommandData data() {
    return Audience.ORGANISER.shape(Commands.slash(NAME, "Plaats een aankondiging, nu of later vandaag")
        .addOptions(
            new OptionData(OptionType.STRING, OPT_TEXT, "De tekst van de aankondiging", true)
                .setMaxLength(DiscordText.MESSAGE_LIMIT),
            new OptionData(OptionType.STRING, OPT_AT, "Tijd vandaag (UU:MM, bijvoorbeeld 14:30); leeg = nu", false)
                .setMaxLength(5),
            new OptionData(OptionType.CHANNEL, OPT_CHANNEL, "Kanaal; leeg = het aankondigingskanaal", false)
                .setChannelTypes(ChannelType.TEXT, ChannelType.NEWS)));
  }

  @Override
  public Audience audience() {
    return Audience.ORGANISER;
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    String text = string(event, OPT_TEXT).orElse("");
    Optional<String> at = string(event, OPT_AT).map(String::strip).filter(s -> !s.isEmpty());
    OptionMapping channelOption = event.getOption(OPT_CHANNEL);
    Optional<String> channel = channelOption == null ? Optional.empty()
        : Optional.of(channelOption.getAsChannel().getId());
    String where = channel.map(c -> "in <#" + c + ">").orElse("in het aankondigingskanaal");
    try {
      if (at.isPresent()) {
        LocalTime time = parseTime(at.get());
        ScheduledAnnouncement a = announcements.schedule(text, time, channel, event.getUser().getId());
        replyPrivately(event, "Aankondiging " + a.id() + " staat gepland om " + DutchText.time(time) + " " + where
            + ". Intrekken kan met /aankondiging-intrekken id:" + a.id() + ".");
        return;
      }
      InteractionHook hook = event.getHook();
      // postNow checks the text and the channel before anything is posted; only then acknowledge, or a refusal
      // would be a second acknowledgement that Discord rejects, leaving the organiser with "thinking…" forever.
      CompletionStage<Void> posting = announcements.postNow(text, channel);
      event.deferReply(true).queue(null, failure("defer /aankondiging"));
      posting.whenComplete((ok, error) -> {
        String result = error == null ? "Aankondiging geplaatst " + where + "."
            : "De aankondiging kon niet worden geplaatst: " + cause(error).getMessage();
        if (error != null) {
          LOG.error("Announcement by {} could not be posted", event.getUser().getId(), cause(error));
        }
        followUp(hook, DiscordText.messages(result));
      });
    } catch (AnnouncementException e) {
      replyPrivately(event, e.getMessage());
    }
  }

  static LocalTime parseTime(String text) throws AnnouncementException {
    String t = text.replace('.', ':');
    if (t.matches("\\d{1,2}")) {
      t = t + ":00";
    }
    try {
      if (!t.matches("\\d{1,2}:\\d{2}")) {
        throw new DateTimeParseException("", t, 0);
      }
      return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    } catch (DateTimeParseException e) {
      throw new AnnouncementException("'" + DiscordText.shorten(text, 20)
          + "' is geen tijd; schrijf de tijd als UU:MM, bijvoorbeeld 14:30.");
    }
  }
}
