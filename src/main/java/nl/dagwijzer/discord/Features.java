package nl.dagwijzer.discord;

import java.util.ArrayList;
import java.util.List;
import nl.dagwijzer.announce.Announcements;
import nl.dagwijzer.announce.Poster;
import nl.dagwijzer.programme.ProgrammeStore;

/**
 * Every slash command of the bot, built by hand in one place, in the order Discord lists them: attendees', then
 * organisers', then moderators'. Reading this class tells what the bot can do on Discord.
 */
final class Features {
  private Features() {
  }

  static CommandRouter router(Questions questions, Access access, Announcements announcements, Poster poster,
                              ProgrammeStore store) {
    List<SlashCommand> commands = new ArrayList<>();
    commands.add(new QuestionCommand(questions));
    commands.addAll(OverviewCommand.all(questions));
    commands.add(new SpeakerCommand(questions, store));
    commands.add(OverviewCommand.help(questions));
    commands.add(new AnnounceCommand(announcements));
    commands.add(new AnnouncementsCommand(announcements));
    commands.add(new CancelAnnouncementCommand(announcements));
    commands.add(new ReloadCommand(store, poster));
    return new CommandRouter(commands, access);
  }
}
