package nl.dagwijzer.discord;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.time.Clock;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import nl.dagwijzer.personal.UnansweredQuestions;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.store.StoreException;
import nl.dagwijzer.store.UnansweredLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /onbeantwoord [wissen:true]}: for moderators, the questions the bot could not answer in the last 14 days,
 * most asked first (at most 20, with how often and when last), or clears them. No one who asked is shown: only
 * the text is kept. Private.
 */
final class UnansweredCommand implements SlashCommand {
  static final String NAME = "onbeantwoord";
  static final String OPT_CLEAR = "wissen";
  static final int TOP = 20;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", new Locale("nl", "NL"));
  private static final Logger LOG = LoggerFactory.getLogger(UnansweredCommand.class);

  private final UnansweredQuestions questions;
  private final ProgrammeStore store;
  private final Clock clock;

  UnansweredCommand(UnansweredQuestions questions, ProgrammeStore store, Clock clock) {
    this.questions = questions;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public SlashCommandData data() {
    return Audience.MODERATOR.shape(Commands.slash(NAME, "Vragen die de bot niet kon beantwoorden (14 dagen)")
        .addOptions(new OptionData(OptionType.BOOLEAN, OPT_CLEAR, "true: wis de lijst", false)));
  }

  @Override
  public Audience audience() {
    return Audience.MODERATOR;
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    try {
      if (Replies.bool(event, OPT_CLEAR)) {
        int cleared = questions.clear();
        LOG.info("Unanswered questions cleared by {}", event.getUser().getId());
        Replies.replyPrivately(event, "De lijst met onbeantwoorde vragen is gewist (" + cleared
            + (cleared == 1 ? " vraag)." : " vragen)."));
        return;
      }
      Replies.replyPrivately(event, list(questions.top(TOP)));
    } catch (StoreException e) {
      LOG.error("Unanswered questions could not be read or cleared: {}", e.getMessage(), e.getCause());
      Replies.replyPrivately(event, Replies.notStored(e));
    }
  }

  private String list(List<UnansweredLog.Question> top) {
    if (top.isEmpty()) {
      return "Er zijn geen onbeantwoorde vragen in de laatste " + UnansweredQuestions.KEEP_DAYS + " dagen.";
    }
    ZoneId zone = store.current().event().timezone();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    StringBuilder text = new StringBuilder("Vragen die ik niet kon beantwoorden (laatste "
        + UnansweredQuestions.KEEP_DAYS + " dagen), meest gesteld eerst:");
    for (int i = 0; i < top.size(); i++) {
      UnansweredLog.Question q = top.get(i);
      ZonedDateTime last = q.lastAsked().atZone(zone);
      String when = (last.toLocalDate().equals(today) ? "vandaag" : DAY.format(last)) + " "
          + String.format(Locale.ROOT, "%02d:%02d", last.getHour(), last.getMinute());
      text.append('\n').append(i + 1).append(". ‘").append(DiscordText.shorten(q.text(), 80)).append("’: ")
          .append(q.count()).append("× (laatst ").append(when).append(')');
    }
    return text.append("\nVoeg wat ontbreekt toe aan programme.json (aliases, topics) en laad het met /herlaad.")
        .toString();
  }
}
