package nl.dagwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.dagwijzer.e2e.local.LocalScheduledEvent;
import nl.dagwijzer.e2e.local.PostedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discord scheduled events of the bot jar on a local Discord ({@code DAGWIJZER_DISCORD_EVENTS=true}), for a programme
 * dated tomorrow so that every session lies ahead.
 */
@DisplayName("Discord scheduled events (the jar against a local Discord)")
final class EventsIT {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate TOMORROW = LocalDate.now(AMSTERDAM).plusDays(1);
  private static final String BREDA_BLOCK = "\"title\": \"Workshop Breda\",\n      \"kind\": \"workshop\",\n      \"start\":"
      + " \"11:00\",\n      \"end\": \"12:30\"";
  private static final String BREDA_MOVED = "\"title\": \"Workshop Breda\",\n      \"kind\": \"workshop\",\n      \"start\":"
      + " \"13:00\",\n      \"end\": \"13:45\"";
  private static final String LUNCH = ",\n    {\n      \"id\": \"lunch\",\n      \"title\": \"Lunch\",\n      \"kind\":"
      + " \"break\",\n      \"start\": \"12:30\",\n      \"end\": \"13:00\",\n      \"aliases\": [\"middageten\"]\n    }";
  private static final String PLACE = "Coöperatief ondernemen & de P-wet";

  @TempDir
  Path folder;
  private BotOnLocalDiscord day;

  @AfterEach
  void stopBot() throws Exception {
    if (day != null) {
      day.close();
    }
  }

  private BotOnLocalDiscord start(boolean rights) throws Exception {
    return BotOnLocalDiscord.start(folder, Map.of("DAGWIJZER_DISCORD_EVENTS", "true", "DAGWIJZER_REMINDER_MINUTES",
        "0"), rights, text -> text.replace("\"date\": null", "\"date\": \"" + TOMORROW + "\""));
  }

  private List<String> events() {
    return day.discord.scheduledEvents().stream().map(e -> e.name() + " "
        + e.start().atZoneSameInstant(AMSTERDAM).toLocalDateTime() + "–"
        + e.end().atZoneSameInstant(AMSTERDAM).toLocalTime() + " @ " + e.location()).toList();
  }

  private long creates() {
    return day.discord.restCalls().stream().filter(c -> c.method().equals("POST")
        && c.path().endsWith("/scheduled-events")).count();
  }

  private String at(String time) {
    return TOMORROW + "T" + time;
  }

  @Test
  @DisplayName("created at start, updated and deleted after a reload, and none made twice after a restart")
  void followTheProgramme() throws Exception {
    // given
    day = start(true);

    // when: /herlaad with nothing changed waits for the sync, after the one at start
    PostedMessage first = day.slash(day.mo, day.algemeen, "herlaad");

    // then
    assertThat(first.content()).endsWith("Geen wijzigingen in het programma.\nDiscord-evenementen: 0 gemaakt, 0"
        + " bijgewerkt, 0 verwijderd.");
    assertThat(events()).containsExactly(
        "Welkom " + at("10:00") + "–10:05 @ " + PLACE,
        "Algemene inleiding over coöperatief ondernemen " + at("10:05") + "–10:25 @ " + PLACE,
        "Hoe benadert de gemeente Amsterdam coöperatief ondernemen? " + at("10:25") + "–10:45 @ " + PLACE,
        "Koffiepauze " + at("10:45") + "–10:55 @ " + PLACE,
        "Workshop Amsterdam " + at("11:00") + "–12:30 @ " + PLACE,
        "Workshop Zoetermeer " + at("11:00") + "–12:30 @ " + PLACE,
        "Workshop Breda " + at("11:00") + "–12:30 @ " + PLACE,
        "Lunch " + at("12:30") + "–13:00 @ " + PLACE);
    assertThat(day.discord.scheduledEvents()).extracting(LocalScheduledEvent::creatorId)
        .containsOnly(day.discord.botUser().id());
    assertThat(creates()).isEqualTo(8);
    String bredaId = day.discord.scheduledEvents().get(6).id();

    // when: a reload moves Breda and removes the lunch
    String text = day.programmeText();
    Files.writeString(day.programme, text.replace(BREDA_BLOCK, BREDA_MOVED).replace(LUNCH, ""),
        StandardCharsets.UTF_8);
    PostedMessage reloaded = day.slash(day.mo, day.algemeen, "herlaad");

    // then
    assertThat(reloaded.content()).endsWith("Discord-evenementen: 0 gemaakt, 1 bijgewerkt, 1 verwijderd.");
    assertThat(events()).hasSize(7).contains("Workshop Breda " + at("13:00") + "–13:45 @ " + PLACE)
        .noneMatch(e -> e.startsWith("Lunch"));
    assertThat(day.discord.scheduledEvents()).filteredOn(e -> e.name().equals("Workshop Breda"))
        .extracting(LocalScheduledEvent::id).containsExactly(bredaId);

    // when: the bot starts again on the same state
    day.restart();
    PostedMessage afterRestart = day.slash(day.mo, day.algemeen, "herlaad");

    // then
    assertThat(afterRestart.content()).endsWith("Discord-evenementen: 0 gemaakt, 0 bijgewerkt, 0 verwijderd.");
    assertThat(events()).hasSize(7);
    assertThat(creates()).isEqualTo(8);
  }

  @Test
  @DisplayName("without the permissions: said once in the log and to the moderator on /herlaad; no events, bot goes on")
  void withoutPermission() throws Exception {
    // given
    day = start(false);

    // when
    PostedMessage reloaded = day.slash(day.mo, day.algemeen, "herlaad");

    // then
    String said = "de bot mag in server 'Dagwijzer test' geen evenementen maken of beheren; geef de rol van de bot"
        + " de rechten 'Evenementen maken' en 'Evenementen beheren' (Create Events, Manage Events). Tot dan gaat de"
        + " bot verder zonder evenementen.";
    assertThat(reloaded.content()).endsWith("Discord-evenementen: " + said);
    assertThat(day.bot().log().split(java.util.regex.Pattern.quote(said), -1)).as("times in the log").hasSize(2);
    assertThat(day.discord.scheduledEvents()).isEmpty();
    assertThat(day.discord.restCalls()).noneMatch(c -> c.path().contains("scheduled-events"));
    assertThat(day.ask(day.anna, day.vragen, "wanneer is de lunch").content()).isEqualTo("De lunch is van 12:30 tot"
        + " 13:00.");
  }
}
