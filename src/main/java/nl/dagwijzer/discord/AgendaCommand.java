package nl.dagwijzer.discord;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import nl.dagwijzer.personal.CalendarFile;
import nl.dagwijzer.personal.MyDay;
import nl.dagwijzer.personal.MyDays;
import nl.dagwijzer.personal.PersonalText;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * {@code /agenda}: an iCalendar file of the user's day (the plenary sessions, breaks and their choices) when they
 * chose anything, otherwise of the whole programme, on the event's date or, without one, today (said in the
 * answer). Private.
 */
final class AgendaCommand implements SlashCommand {
  static final String NAME = "agenda";

  private final MyDays days;
  private final Clock clock;

  AgendaCommand(MyDays days, Clock clock) {
    this.days = days;
    this.clock = clock;
  }

  @Override
  public SlashCommandData data() {
    return Audience.ATTENDEE.shape(Commands.slash(NAME, "Je programma als agendabestand (.ics) voor je eigen agenda"));
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    Optional<MyDay> read = MyProgrammeCommand.dayOf(days, event);
    if (read.isEmpty()) {
      return;
    }
    MyDay day = read.get();
    Programme programme = day.programme();
    List<Session> sessions = day.choseAnything() ? mine(day) : programme.sessions();
    String ics = CalendarFile.write(programme, day.day(), sessions, clock.instant());
    String date = PersonalText.date(day.day());
    String text = (day.choseAnything()
        ? "Je programma van " + date + " (" + count(sessions) + ") als agendabestand."
        : "Het hele programma van " + date + " (" + count(sessions) + ") als agendabestand; kies met /kies om"
            + " alleen je eigen programma te krijgen.")
        + (programme.event().date().isEmpty() ? " Het programma noemt geen datum, dus ik heb vandaag genomen."
            : "")
        + " Open het om het in je agenda te zetten; opnieuw openen werkt de afspraken bij.";
    FileUpload file = FileUpload.fromData(ics.getBytes(StandardCharsets.UTF_8), "programma-" + day.day() + ".ics");
    event.reply(new MessageCreateBuilder().setContent(DiscordText.neutralise(text)).setAllowedMentions(List.of())
            .mentionRepliedUser(false).setFiles(file).build())
        .setEphemeral(true).queue(null, Replies.failure("reply to /" + NAME));
  }

  /** The user's day: every block without a choice to make, and their choice in each block with one. */
  private static List<Session> mine(MyDay day) {
    return day.blocks().stream().flatMap(block -> block.parallel() ? block.chosen().stream()
        : block.sessions().stream()).toList();
  }

  private static String count(List<Session> sessions) {
    return sessions.size() == 1 ? "1 onderdeel" : sessions.size() + " onderdelen";
  }
}
