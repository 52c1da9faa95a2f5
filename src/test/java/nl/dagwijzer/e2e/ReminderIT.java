package nl.dagwijzer.e2e;

import static nl.dagwijzer.e2e.BotOnLocalDiscord.assertPingsNobody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.dagwijzer.e2e.local.PostedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders of the bot jar on a local Discord, 5 minutes before each slot, with a rehearsal clock running a minute of
 * the day per second. Each test starts its own bot at its own clock time.
 */
@DisplayName("Reminders on Discord (rehearsal clock)")
final class ReminderIT {
  private static final Duration UP_TO_TEN_CLOCK_MINUTES = Duration.ofSeconds(15);

  @TempDir
  Path folder;
  private BotOnLocalDiscord day;

  @AfterEach
  void stopBot() throws Exception {
    if (day != null) {
      day.close();
    }
  }

  @Test
  @DisplayName("the reminder for the workshops is posted in the announcements channel at 10:55")
  void reminderAtItsTime() throws Exception {
    // given: eight clock minutes (eight real seconds) before it, so a slow start of the bot still sees 10:52 or so
    day = start("10:47");
    assertThat(day.clockOfTheBot(day.anna)).isBefore(LocalTime.of(10, 55));
    assertThat(reminders()).isEmpty();

    // when
    PostedMessage reminder = day.awaitPostedIn(day.aankondigingen, c -> c.startsWith("Over "),
        UP_TO_TEN_CLOCK_MINUTES);

    // then
    // a tick a real second late is a clock minute closer at 60 clock minutes per second
    String workshops = " Workshops, 11:00–12:30: Amsterdam (Maartje Bos), Zoetermeer (Annemiek Enter), Breda"
        + " (Michiel Luigjes)";
    assertThat(reminder.content()).isIn("Over 5 minuten:" + workshops, "Over 4 minuten:" + workshops);
    assertPingsNobody(reminder);
    assertThat(day.clockOfTheBot(day.anna)).isBetween(LocalTime.of(10, 55), LocalTime.of(10, 57));
    assertThat(reminders()).containsExactly(reminder);
  }

  @Test
  @DisplayName("after a reload that moves the lunch later, it is reminded at its new time and not at the old one")
  void movedSessionIsRemindedAtItsNewTime() throws Exception {
    // given: the lunch (12:30) would be reminded at 12:25; eight clock minutes before it for a slow start of the bot
    day = start("12:17");
    assertThat(day.clockOfTheBot(day.anna)).isBefore(LocalTime.of(12, 25));
    String original = day.programmeText();
    Files.writeString(day.programme, original.replace("\"start\": \"12:30\",\n      \"end\": \"13:00\"",
        "\"start\": \"12:33\",\n      \"end\": \"13:03\""), StandardCharsets.UTF_8);

    // when
    PostedMessage reloaded = day.slash(day.mo, day.algemeen, "herlaad");

    // then
    assertThat(reloaded.content()).endsWith("• Verplaatst: Lunch van 12:30–13:00 naar 12:33–13:03");
    PostedMessage reminder = day.awaitPostedIn(day.aankondigingen, c -> c.startsWith("Over "),
        UP_TO_TEN_CLOCK_MINUTES);
    // At 60 clock minutes per second, a tick a second late after the reload's work is a minute closer: the reply
    // counts the minutes that are really left
    assertThat(reminder.content()).isIn("Over 5 minuten: Lunch, 12:33–13:03", "Over 4 minuten: Lunch, 12:33–13:03");
    assertThat(day.clockOfTheBot(day.anna)).isBetween(LocalTime.of(12, 28), LocalTime.of(12, 30));
    assertThat(reminders()).containsExactly(reminder);
  }

  private BotOnLocalDiscord start(String clock) throws Exception {
    return BotOnLocalDiscord.start(folder, Map.of("DAGWIJZER_CLOCK_START", clock, "DAGWIJZER_CLOCK_SPEED", "60",
        "DAGWIJZER_REMINDER_MINUTES", "5"));
  }

  /** The reminders posted so far (after a barrier). */
  private List<PostedMessage> reminders() {
    return day.postedAfterBarrier(m -> m.kind() == PostedMessage.Kind.CHANNEL_MESSAGE
        && day.aankondigingen.id().equals(m.channelId()) && m.content().startsWith("Over "));
  }
}
