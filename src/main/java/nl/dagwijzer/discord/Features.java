package nl.dagwijzer.discord;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.dagwijzer.announce.Announcements;
import nl.dagwijzer.announce.Poster;
import nl.dagwijzer.personal.MyDays;
import nl.dagwijzer.personal.PersonalRequests;
import nl.dagwijzer.personal.UnansweredQuestions;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.store.ReminderSettings;

/**
 * Every slash command of the bot, built by hand in one place, in the order Discord lists them: attendees', then
 * organisers', then moderators'. Reading this class tells what the bot can do on Discord.
 */
final class Features {
  private Features() {
  }

  /** What the personal programme's commands work with. */
  record Personal(PersonalRequests requests, MyDays days, ReminderSettings settings, UnansweredQuestions unanswered,
                  Clock clock, ReloadCommand.AfterReload afterReload) {
  }

  static CommandRouter router(Questions questions, Access access, Announcements announcements, Poster poster,
                              ProgrammeStore store, Personal personal) {
    List<SlashCommand> commands = new ArrayList<>();
    commands.add(new QuestionCommand(questions));
    commands.addAll(OverviewCommand.all(questions));
    commands.add(new SpeakerCommand(questions, store));
    commands.add(OverviewCommand.help(questions));
    commands.add(new ChooseCommand(personal.requests()));
    commands.add(new ForgetCommand(personal.requests()));
    commands.add(new MyProgrammeCommand(personal.days(), personal.requests()));
    commands.add(new RemindersCommand(personal.settings(), personal.days().reminderMinutes()));
    commands.add(new AgendaCommand(personal.days(), personal.clock()));
    commands.add(new AnnounceCommand(announcements));
    commands.add(new AnnouncementsCommand(announcements));
    commands.add(new CancelAnnouncementCommand(announcements));
    commands.add(new ReloadCommand(store, poster, personal.afterReload()));
    commands.add(new UnansweredCommand(personal.unanswered(), store, personal.clock()));
    return new CommandRouter(commands, access);
  }
}
