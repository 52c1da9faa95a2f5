package nl.dagwijzer.e2e;

import static nl.dagwijzer.e2e.BotOnLocalDiscord.WAIT;
import static nl.dagwijzer.e2e.BotOnLocalDiscord.assertPingsNobody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.e2e.local.LocalInteraction;
import nl.dagwijzer.e2e.local.PostedMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Organisers announce through the bot jar on a local Discord; rehearsal clock from 09:00, a minute per second. */
@DisplayName("Organisers on Discord: announcements now, scheduled, listed, cancelled")
final class OrganiserIT {
  private static final Pattern SCHEDULED = Pattern.compile("Aankondiging (\\d+) staat gepland om (\\d\\d:\\d\\d) in het"
      + " aankondigingskanaal\\. Intrekken kan met /aankondiging-intrekken id:\\1\\.");

  @TempDir
  static Path folder;
  private static BotOnLocalDiscord day;

  @BeforeAll
  static void startBot() throws Exception {
    day = BotOnLocalDiscord.start(folder, Map.of("DAGWIJZER_CLOCK_START", "09:00", "DAGWIJZER_CLOCK_SPEED", "60",
        "DAGWIJZER_REMINDER_MINUTES", "0"));
  }

  @AfterAll
  static void stopBot() throws Exception {
    if (day != null) {
      day.close();
    }
  }

  @Test
  @DisplayName("/aankondiging posts in the announcements channel at once, pinging nobody even with @everyone")
  void announceNow() {
    // when
    PostedMessage answer = day.slash(day.olga, day.algemeen, "aankondiging", "tekst",
        "@everyone De zaal gaat om 10:00 open.");

    // then
    PostedMessage posted = day.awaitPostedIn(day.aankondigingen, c -> c.contains("De zaal gaat om 10:00 open."),
        WAIT);
    assertThat(posted.content()).isEqualTo("@\u200Beveryone De zaal gaat om 10:00 open.");
    assertThat(posted.content()).doesNotContain("@everyone");
    assertPingsNobody(posted);
    assertThat(answer.content()).isEqualTo("Aankondiging geplaatst in het aankondigingskanaal.");
    assertThat(answer.ephemeral()).isTrue();
  }

  @Test
  @DisplayName("an announcement scheduled with om: is listed with its id and can be cancelled")
  void scheduleListCancel() {
    // given
    PostedMessage scheduled = day.slash(day.olga, day.algemeen, "aankondiging", "tekst", "De borrel begint.",
        "om", "16:30");
    Matcher matcher = SCHEDULED.matcher(scheduled.content());
    assertThat(matcher.matches()).as(scheduled.content()).isTrue();
    String id = matcher.group(1);
    assertThat(matcher.group(2)).isEqualTo("16:30");
    assertThat(scheduled.ephemeral()).isTrue();

    // when
    PostedMessage listed = day.slash(day.olga, day.algemeen, "aankondigingen");
    PostedMessage cancelled = day.slash(day.olga, day.algemeen, "aankondiging-intrekken", "id", id);
    PostedMessage listedAfter = day.slash(day.olga, day.algemeen, "aankondigingen");

    // then
    assertThat(listed.content()).startsWith("Geplande aankondigingen:")
        .contains("\n" + id + " — 16:30: De borrel begint.");
    assertThat(cancelled.content()).isEqualTo("Aankondiging " + id + " (16:30) is ingetrokken.");
    assertThat(listedAfter.content()).doesNotContain("De borrel begint.");
    assertThat(listed.ephemeral() && cancelled.ephemeral() && listedAfter.ephemeral()).isTrue();
  }

  @Test
  @DisplayName("a scheduled announcement is posted when the (rehearsal) clock reaches its time, not before")
  void scheduledAnnouncementIsPostedAtItsTime() {
    // given: the bot's clock, read through /nu
    LocalTime now = day.clockOfTheBot(day.bram);
    LocalTime at = now.plusMinutes(3);
    String time = String.format("%02d:%02d", at.getHour(), at.getMinute());

    // when
    PostedMessage scheduled = day.slash(day.olga, day.algemeen, "aankondiging", "tekst",
        "Over een kwartier begint het programma.", "om", time);

    // then: pending at first, posted once the clock has reached its time
    assertThat(scheduled.content()).as(scheduled.content()).matches(SCHEDULED.pattern());
    assertThat(day.slash(day.olga, day.algemeen, "aankondigingen").content())
        .contains(" — " + time + ": Over een kwartier begint het programma.");
    assertThat(day.discord.posted()).noneMatch(m -> m.content().equals("Over een kwartier begint het programma."));
    PostedMessage posted = day.awaitPostedIn(day.aankondigingen,
        c -> c.equals("Over een kwartier begint het programma."), Duration.ofSeconds(15));
    assertPingsNobody(posted);
    assertThat(day.clockOfTheBot(day.bram)).isAfterOrEqualTo(at);
    assertThat(day.postedAfterBarrier(m -> m.kind() == PostedMessage.Kind.CHANNEL_MESSAGE
        && m.content().contains("Over een kwartier"))).containsExactly(posted);
  }

  @Test
  @DisplayName("without an announcements channel, /aankondiging without kanaal gets one private answer saying why")
  void noAnnouncementsChannel(@TempDir Path own) throws Exception {
    try (BotOnLocalDiscord bare = BotOnLocalDiscord.start(own, Map.of("DAGWIJZER_ANNOUNCE_CHANNEL", "",
        "DAGWIJZER_REMINDER_MINUTES", "0"))) {
      // when
      LocalInteraction command = bare.discord.sendSlashCommand(bare.olga, bare.algemeen, "aankondiging",
          BotOnLocalDiscord.options("tekst", "De zaal gaat open."));

      // then
      PostedMessage answer = bare.answerTo(command);
      assertThat(answer.content())
          .isEqualTo("Er is geen aankondigingskanaal ingesteld (DAGWIJZER_ANNOUNCE_CHANNEL); kies een kanaal.");
      assertThat(answer.ephemeral()).isTrue();
      bare.postedAfterBarrier(m -> true);
      assertThat(bare.discord.restCalls()).noneMatch(call -> call.status() >= 400);
    }
  }

  @Test
  @DisplayName("an attendee's /aankondiging is refused privately and nothing is posted")
  void attendeeMayNotAnnounce() {
    // when
    PostedMessage answer = day.slash(day.anna, day.algemeen, "aankondiging", "tekst", "Gratis taart bij de uitgang!");

    // then
    assertThat(answer.content()).isEqualTo("Je hebt geen toegang tot dit commando.");
    assertThat(answer.ephemeral()).isTrue();
    assertThat(day.postedAfterBarrier(m -> m.content().contains("taart"))).isEmpty();
  }
}
