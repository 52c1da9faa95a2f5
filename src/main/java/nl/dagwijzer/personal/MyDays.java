package nl.dagwijzer.personal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.answer.DutchText;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.store.PersonalMessages;
import nl.dagwijzer.store.ReminderSettings;
import nl.dagwijzer.store.StoreException;

/** Puts a user's day together from the programme, their choices, their reminder setting and what was undelivered. */
public final class MyDays {
  private final Choices choices;
  private final ReminderSettings settings;
  private final PersonalMessages messages;
  private final int reminderMinutes;

  public MyDays(Choices choices, ReminderSettings settings, PersonalMessages messages, int reminderMinutes) {
    this.choices = choices;
    this.settings = settings;
    this.messages = messages;
    this.reminderMinutes = reminderMinutes;
  }

  public MyDay of(String userId) throws StoreException {
    Programme programme = choices.programme();
    LocalDate day = choices.day();
    List<Session> mine = choices.of(userId);
    List<MyDay.Block> blocks = new ArrayList<>();
    for (Slot slot : programme.slots()) {
      Optional<Session> chosen = slot.sessions().stream().filter(mine::contains).findFirst();
      blocks.add(new MyDay.Block(slot.start(), slot.end(), slot.sessions(), chosen));
    }
    ZoneId zone = programme.event().timezone();
    List<String> undelivered = messages.of(userId, day).stream().filter(e -> !e.delivered())
        .map(e -> DutchText.time(e.at().atZone(zone).toLocalTime()) + ", " + about(programme, e.key()) + ": "
            + e.reason().orElse("niet bezorgd"))
        .toList();
    return new MyDay(programme, day, blocks, reminderMinutes, settings.enabled(userId), undelivered);
  }

  /** "herinnering voor ‘Workshop Breda’": what a message was about. */
  private static String about(Programme programme, PersonalMessages.Key key) {
    String session = programme.session(key.sessionId()).map(DutchText::name).orElse("‘" + key.sessionId() + "’");
    return switch (key.kind()) {
      case REMINDER -> "herinnering voor " + session;
      case MOVED -> "bericht dat " + session + " is verplaatst";
      case REMOVED -> "bericht dat " + session + " is vervallen";
    };
  }

  public int reminderMinutes() {
    return reminderMinutes;
  }
}
