package nl.dagwijzer.e2e;

import static nl.dagwijzer.e2e.BotOnLocalDiscord.WAIT;
import static nl.dagwijzer.e2e.BotOnLocalDiscord.assertPingsNobody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.dagwijzer.e2e.local.LocalAttachment;
import nl.dagwijzer.e2e.local.PostedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moderators reload the programme of the bot jar on a local Discord; a fresh bot and programme file per test. */
@DisplayName("Moderators on Discord: /herlaad from disk and by upload")
final class ModeratorIT {
  private static final String LUNCH_BLOCK = "\"start\": \"12:30\",\n      \"end\": \"13:00\"";
  private static final String LUNCH = "De lunch is van 12:30 tot 13:00.";
  private static final String LUNCH_MOVED = "De lunch is van 12:45 tot 13:15.";
  private static final String MOVED = "Wijzigingen in het programma:\n• Verplaatst: Lunch van 12:30–13:00 naar 12:45–13:15";
  private static final String LOADED = "Het programma is geladen: 8 sessies, 6 sprekers.\n" + MOVED;

  @TempDir
  Path folder;
  private BotOnLocalDiscord day;
  private String original;

  @BeforeEach
  void startBot() throws Exception {
    day = BotOnLocalDiscord.start(folder, Map.of("DAGWIJZER_REMINDER_MINUTES", "0"));
    original = day.programmeText();
    assertThat(original).containsOnlyOnce(LUNCH_BLOCK);
  }

  @AfterEach
  void stopBot() throws Exception {
    if (day != null) {
      day.close();
    }
  }

  @Test
  @DisplayName("/herlaad reads the edited file again and the answers change")
  void reloadFromDisk() throws Exception {
    // given
    assertThat(day.ask(day.anna, day.vragen, "wanneer is de lunch").content()).isEqualTo(LUNCH);
    Files.writeString(day.programme, lunchMoved(), StandardCharsets.UTF_8);

    // when
    PostedMessage result = day.slash(day.mo, day.algemeen, "herlaad");

    // then
    assertThat(result.content()).isEqualTo(LOADED);
    assertThat(result.ephemeral()).isTrue();
    assertThat(day.ask(day.anna, day.vragen, "wanneer is de lunch").content()).isEqualTo(LUNCH_MOVED);
  }

  @Test
  @DisplayName("a broken upload is refused with its located errors; the running programme and the file stay")
  void brokenUploadIsRefused() throws Exception {
    // given
    LocalAttachment broken = day.discord.attachment("programme.json",
        original.replace("\"start\": \"12:30\"", "\"strat\": \"12:30\"").getBytes(StandardCharsets.UTF_8));

    // when
    PostedMessage result = day.slash(day.mo, day.algemeen, "herlaad", "bestand", broken);

    // then
    assertThat(result.content()).startsWith("Het programma is niet geladen; het huidige programma blijft actief."
        + " Er zijn 2 fouten:\n• ")
        .contains(":101:5: sessions[7]: verplicht veld 'start' ontbreekt; voeg \"start\" toe")
        .contains(":105:7: sessions[7].strat: onbekend veld 'strat'; bedoel je 'start'?");
    assertThat(result.ephemeral()).isTrue();
    assertThat(day.ask(day.anna, day.vragen, "wanneer is de lunch").content()).isEqualTo(LUNCH);
    assertThat(day.programmeText()).isEqualTo(original);
    assertThat(backup()).doesNotExist();
  }

  @Test
  @DisplayName("a good upload with aankondigen:true changes the answers, replaces the file, keeps a .bak, posts the changes")
  void goodUploadIsLoadedAndAnnounced() throws Exception {
    // given
    String moved = lunchMoved();
    LocalAttachment upload = day.discord.attachment("programme.json", moved.getBytes(StandardCharsets.UTF_8));

    // when
    PostedMessage result = day.slash(day.mo, day.algemeen, "herlaad", "bestand", upload, "aankondigen", true);

    // then
    assertThat(result.content()).isEqualTo(LOADED + "\nDe wijzigingen zijn aangekondigd in het aankondigingskanaal.");
    PostedMessage announced = day.awaitPostedIn(day.aankondigingen, c -> c.startsWith("Wijzigingen"), WAIT);
    assertThat(announced.content()).isEqualTo(MOVED);
    assertPingsNobody(announced);
    assertThat(day.ask(day.anna, day.vragen, "wanneer is de lunch").content()).isEqualTo(LUNCH_MOVED);
    assertThat(day.programmeText()).isEqualTo(moved);
    assertThat(backup()).hasContent(original);
  }

  @Test
  @DisplayName("an attendee's /herlaad is refused privately and changes nothing")
  void attendeeMayNotReload() throws Exception {
    // given
    Files.writeString(day.programme, lunchMoved(), StandardCharsets.UTF_8);

    // when
    PostedMessage result = day.slash(day.anna, day.algemeen, "herlaad");

    // then
    assertThat(result.content()).isEqualTo("Je hebt geen toegang tot dit commando.");
    assertThat(result.ephemeral()).isTrue();
    assertThat(day.ask(day.anna, day.vragen, "wanneer is de lunch").content()).isEqualTo(LUNCH);
    assertThat(day.postedAfterBarrier(m -> m.kind() == PostedMessage.Kind.CHANNEL_MESSAGE
        && day.aankondigingen.id().equals(m.channelId()))).isEmpty();
  }

  private String lunchMoved() {
    return original.replace(LUNCH_BLOCK, "\"start\": \"12:45\",\n      \"end\": \"13:15\"");
  }

  private Path backup() {
    return day.programme.resolveSibling("programme.json.bak");
  }
}
