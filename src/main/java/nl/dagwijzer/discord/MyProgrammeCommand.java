package nl.dagwijzer.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.personal.MyDay;
import nl.dagwijzer.personal.MyDays;
import nl.dagwijzer.personal.PersonalRequests;
import nl.dagwijzer.personal.PersonalText;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mijnprogramma}: the user's day as an embed (plenary sessions, breaks, choices, "nog niet gekozen" per block
 * of parallel sessions, reminders, undelivered messages), with a select menu under it for each block without a
 * choice. Choosing in a menu puts that session in the programme and updates the same message. Private.
 */
final class MyProgrammeCommand implements SlashCommand, ComponentHandler {
  static final String NAME = "mijnprogramma";
  /** Discord allows five rows of components under a message. */
  static final int MAX_MENUS = 5;
  private static final Logger LOG = LoggerFactory.getLogger(MyProgrammeCommand.class);

  private final MyDays days;
  private final PersonalRequests requests;

  MyProgrammeCommand(MyDays days, PersonalRequests requests) {
    this.days = days;
    this.requests = requests;
  }

  @Override
  public SlashCommandData data() {
    return Audience.ATTENDEE.shape(Commands.slash(NAME, "Je eigen programma van vandaag, en kiezen wat nog open is"));
  }

  @Override
  public String prefix() {
    return NAME;
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    Optional<MyDay> read = dayOf(days, event);
    if (read.isEmpty()) {
      return;
    }
    MyDay day = read.get();
    event.reply(new MessageCreateBuilder().setEmbeds(DiscordText.embed(day.overview())).setComponents(menus(day))
            .setAllowedMentions(List.of()).mentionRepliedUser(false).build())
        .setEphemeral(true).queue(null, Replies.failure("reply to /" + NAME));
  }

  @Override
  public void onStringSelect(StringSelectInteractionEvent event) {
    String userId = event.getUser().getId();
    List<String> values = event.getValues();
    Optional<Session> session = values.isEmpty() ? Optional.empty()
        : requests.choices().programme().session(values.get(0));
    String said = session.map(s -> requests.choose(userId, List.of(s), false))
        .orElse("Die sessie staat niet meer in het programma; kies opnieuw.");
    MyDay day;
    try {
      day = days.of(userId);
    } catch (StoreException e) {
      LOG.error("The day of user {} could not be read: {}", userId, e.getMessage(), e.getCause());
      event.editMessage(new MessageEditBuilder().setContent(Replies.notStored(e)).build())
          .queue(null, Replies.failure("menu " + NAME));
      return;
    }
    event.editMessage(new MessageEditBuilder().setContent(DiscordText.shorten(DiscordText.neutralise(said),
            DiscordText.MESSAGE_LIMIT)).setEmbeds(DiscordText.embed(day.overview())).setComponents(menus(day))
            .setAllowedMentions(List.of()).mentionRepliedUser(false).build())
        .queue(null, Replies.failure("menu " + NAME));
  }

  /** The user's day; when the state cannot be read the user is told so, privately, and it is empty. */
  static Optional<MyDay> dayOf(MyDays days, SlashCommandInteractionEvent event) {
    try {
      return Optional.of(days.of(event.getUser().getId()));
    } catch (StoreException e) {
      LOG.error("The day of user {} could not be read: {}", event.getUser().getId(), e.getMessage(), e.getCause());
      Replies.replyPrivately(event, Replies.notStored(e));
      return Optional.empty();
    }
  }

  /** One select menu per open block, at most five; its id names the block, each option's value a session. */
  static List<MessageTopLevelComponent> menus(MyDay day) {
    List<MessageTopLevelComponent> rows = new ArrayList<>();
    for (MyDay.Block block : day.openBlocks()) {
      if (rows.size() == MAX_MENUS) {
        break;
      }
      String range = DutchText.range(block.start(), block.end());
      StringSelectMenu.Builder menu = StringSelectMenu.create(NAME + ":" + range)
          .setPlaceholder(DiscordText.shorten("Kies voor " + range, 150));
      for (Session session : block.sessions()) {
        if (menu.getOptions().size() < StringSelectMenu.OPTIONS_MAX_AMOUNT
            && session.id().length() <= SessionOption.MAX_LENGTH) {
          String about = (PersonalText.speakers(day.programme(), session)
              + session.room().map(r -> " · " + r).orElse("")).strip();
          SelectOption option = SelectOption.of(DiscordText.shorten(session.title(), SessionOption.MAX_LENGTH),
              session.id());
          menu.addOptions(about.isEmpty() ? option
              : option.withDescription(DiscordText.shorten(about, SessionOption.MAX_LENGTH)));
        }
      }
      if (!menu.getOptions().isEmpty()) {
        rows.add(ActionRow.of(menu.build()));
      }
    }
    return rows;
  }
}
