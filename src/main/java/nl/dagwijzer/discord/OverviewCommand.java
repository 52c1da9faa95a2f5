package nl.dagwijzer.discord;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import nl.dagwijzer.nlu.Intent;

/**
 * A command that asks one fixed thing: {@code /programma}, {@code /nu}, {@code /straks}, {@code /workshops},
 * {@code /help}. Each is asked in a conversation of its own, so it neither takes up what the user's questions named
 * before ("hoe laat is de koffie" made /straks answer "na de koffiepauze") nor changes their context.
 */
final class OverviewCommand implements SlashCommand {
  private final Questions questions;
  private final String name;
  private final String description;
  private final Intent intent;

  OverviewCommand(Questions questions, String name, String description, Intent intent) {
    this.questions = questions;
    this.name = name;
    this.description = description;
    this.intent = intent;
  }

  /** The five overviews, in the order Discord lists them. */
  static List<SlashCommand> all(Questions questions) {
    return List.of(
        new OverviewCommand(questions, "programma", "Het hele programma van de dag", Intent.PROGRAMME),
        new OverviewCommand(questions, "nu", "Wat er nu op het programma staat", Intent.NOW),
        new OverviewCommand(questions, "straks", "Wat er hierna komt", Intent.NEXT),
        new OverviewCommand(questions, "workshops", "De workshops: wanneer, waar en door wie", Intent.WORKSHOPS));
  }

  static SlashCommand help(Questions questions) {
    return new OverviewCommand(questions, "help", "Wat kun je mij vragen?", Intent.HELP);
  }

  @Override
  public SlashCommandData data() {
    return Replies.withPublicOption(Audience.ATTENDEE.shape(Commands.slash(name, description)));
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    Replies.respond(event, questions.show(event.getUser().getId(), Replies.conversation(event) + ":overzicht",
        intent, List.of()));
  }
}
