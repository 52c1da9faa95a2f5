package nl.dagwijzer.discord;

import static nl.dagwijzer.discord.Replies.replyPrivately;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import nl.dagwijzer.announce.Announcements;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.store.ScheduledAnnouncement;

/** {@code /aankondigingen}: the scheduled announcements with their ids, for the organiser only. */
final class AnnouncementsCommand implements SlashCommand {
  static final String NAME = "aankondigingen";

  private final Announcements announcements;

  AnnouncementsCommand(Announcements announcements) {
    this.announcements = announcements;
  }

  @Override
  public SlashCommandData data() {
    return Audience.ORGANISER.shape(Commands.slash(NAME, "Toon de geplande aankondigingen"));
  }

  @Override
  public Audience audience() {
    return Audience.ORGANISER;
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
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
}
