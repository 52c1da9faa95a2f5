package nl.dagwijzer.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /vraag vraag:…}: a question in the user's conversation in that channel, as if they had typed it there. */
final class QuestionCommand implements SlashCommand {
  static final String NAME = "vraag";
  static final String OPT_QUESTION = "vraag";

  private final Questions questions;

  QuestionCommand(Questions questions) {
    this.questions = questions;
  }

  @Override
  public SlashCommandData data() {
    return Replies.withPublicOption(Audience.ATTENDEE.shape(Commands.slash(NAME,
            "Stel een vraag over het programma van vandaag")
        .addOptions(new OptionData(OptionType.STRING, OPT_QUESTION, "Je vraag, bijvoorbeeld: wanneer is de lunch?",
            true))));
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    String question = Replies.string(event, OPT_QUESTION).orElse("");
    Replies.respond(event, questions.ask(event.getUser().getId(), Replies.conversation(event), question.strip()));
  }
}
