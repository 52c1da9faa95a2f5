package nl.dagwijzer.discord;

import static nl.dagwijzer.discord.Replies.cause;
import static nl.dagwijzer.discord.Replies.failure;
import static nl.dagwijzer.discord.Replies.followUp;
import static nl.dagwijzer.discord.Replies.replyPrivately;
import static nl.dagwijzer.discord.Replies.string;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import nl.dagwijzer.announce.AnnouncementException;
import nl.dagwijzer.announce.Announcements;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.store.ScheduledAnnouncement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisers' commands: {@code /aankondiging} (now or at a time), {@code /aankondigingen} and
 * {@code /aankondiging-intrekken} with its autocomplete. Access is checked by the caller; every answer is private.
 */
final class OrganiserCommands {
  private static final Logger LOG = LoggerFactory.getLogger(OrganiserCommands.class);

  private final Announcements announcements;

  OrganiserCommands(Announcements announcements) {
    this.announcements = announcements;
  }

  void announce(SlashCommandInteractionEvent event) {
    String text = string(event, SlashCommands.OPT_TEXT).orElse("");
    Optional<String> at = string(event, SlashCommands.OPT_AT).map(String::strip).filter(s -> !s.isEmpty());
    OptionMapping channelOption = event.getOption(SlashCommands.OPT_CHANNEL);
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

  void list(SlashCommandInteractionEvent event) {
    List<ScheduledAnnouncement> pending = announcements.pending();
    if (pending.isEmpty()) {
      replyPrivately(event, "Er staan geen aankondigingen gepland.");
      return;
    }
    StringBuilder text = new StringBuilder("Geplande aankondigingen:");
    for (ScheduledAnnouncement a : pending) {
      text.append("\n").append(a.id()).append(" — ").append(DutchText.time(announcements.localTime(a.at())))
          .append(a.channel().map(c -> " in <#" + c + ">").orElse("")).append(": ")
          .append(DiscordText.shorten(a.text().replaceAll("\\s+", " "), 120));
    }
    replyPrivately(event, text.toString());
  }

  void cancel(SlashCommandInteractionEvent event) {
    String id = string(event, SlashCommands.OPT_ID).orElse("").strip();
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

  /** The scheduled announcements whose label contains what the organiser typed, for the id of a cancellation. */
  List<Command.Choice> cancelChoices(String typed) {
    List<Command.Choice> choices = new ArrayList<>();
    for (ScheduledAnnouncement a : announcements.pending()) {
      String label = a.id() + " — " + DutchText.time(announcements.localTime(a.at())) + ": "
          + a.text().replaceAll("\\s+", " ");
      if (typed.isBlank() || label.toLowerCase(Locale.ROOT).contains(typed.toLowerCase(Locale.ROOT))) {
        choices.add(new Command.Choice(DiscordText.shorten(label, 100), a.id()));
      }
    }
    return choices;
  }
}
