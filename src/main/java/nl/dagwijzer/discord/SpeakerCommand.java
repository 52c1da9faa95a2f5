package nl.dagwijzer.discord;

import java.text.Normalizer;
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
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.programme.Speaker;

/** {@code /spreker naam:…}: who someone is and when they speak; suggests the current programme's speakers. */
final class SpeakerCommand implements SlashCommand {
  static final String NAME = "spreker";
  static final String OPT_NAME = "naam";

  private final Questions questions;
  private final ProgrammeStore store;

  SpeakerCommand(Questions questions, ProgrammeStore store) {
    this.questions = questions;
    this.store = store;
  }

  @Override
  public SlashCommandData data() {
    return Replies.withPublicOption(Audience.ATTENDEE.shape(Commands.slash(NAME,
            "Wie is deze spreker en wanneer spreekt die?")
        .addOptions(new OptionData(OptionType.STRING, OPT_NAME, "Naam van de spreker", true, true))));
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    String name = Replies.string(event, OPT_NAME).orElse("").strip();
    Optional<Speaker> speaker = find(store.current(), name);
    if (speaker.isEmpty()) {
      Replies.replyPrivately(event, "Ik vind geen spreker '" + DiscordText.shorten(name, 100)
          + "' in het programma. Kies een naam uit de lijst.");
      return;
    }
    Entity entity = new Entity(EntityType.SPEAKER, speaker.get().id(), speaker.get().name());
    Replies.respond(event, questions.show(event.getUser().getId(), Replies.conversation(event), Intent.PERSON,
        List.of(entity)));
  }

  @Override
  public void onAutoComplete(CommandAutoCompleteInteractionEvent event) {
    String wanted = fold(event.getFocusedOption().getValue());
    List<Command.Choice> choices = new ArrayList<>();
    for (Speaker s : store.current().speakers()) {
      if (choices.size() == 25) {
        break;
      }
      if (wanted.isEmpty() || fold(s.name()).contains(wanted)) {
        String label = s.organisation().isBlank() ? s.name() : s.name() + " (" + s.organisation() + ")";
        choices.add(new Command.Choice(DiscordText.shorten(label, 100), DiscordText.shorten(s.id(), 100)));
      }
    }
    event.replyChoices(choices).queue(null, Replies.failure("autocomplete"));
  }

  /** The speaker with this id, or the only one whose name is (or contains) what was typed. */
  static Optional<Speaker> find(Programme programme, String name) {
    Optional<Speaker> byId = programme.speaker(name);
    if (byId.isPresent()) {
      return byId;
    }
    String wanted = fold(name);
    List<Speaker> matching = programme.speakers().stream().filter(s -> fold(s.name()).equals(wanted)).toList();
    if (matching.isEmpty()) {
      matching = programme.speakers().stream().filter(s -> !wanted.isEmpty() && fold(s.name()).contains(wanted))
          .toList();
    }
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  /** Lower case without accents, for matching names typed in any way. */
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
  }
}
