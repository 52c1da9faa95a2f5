package nl.dagwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts that must fail before the bot logs in to Discord (a state it cannot use), or fail cleanly when Discord
 * refuses the login: exit 1, one Dutch line, no stack trace, and for the state nothing sent to Discord at all.
 */
@DisplayName("Start-up checks of the bot jar")
final class StartupIT {
  private static final Duration EXIT = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  private FaultRig rig;
  private BotProcess bot;

  @BeforeEach
  void setUp() throws Exception {
    rig = FaultRig.create("StartupIT", dir, 1);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    if (bot != null) {
      bot.close();
    }
    rig.close();
  }

  private BotProcess start(Map<String, String> extra) throws Exception {
    Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
    Path log = logs.resolve("StartupIT-" + System.nanoTime() + ".log");
    bot = BotProcess.start(rig.environment(extra), log);
    return bot;
  }

  @Test
  @DisplayName("defect 2: a truncated announcements.json stops the start before login with the file and what to do")
  void corruptStateFileStopsBeforeLogin() throws Exception {
    // given
    Path file = Files.writeString(rig.state.resolve("announcements.json"), "{\"pending\": [ {\"text\": ");

    // when
    int exit = start(Map.of()).awaitExit(EXIT);

    // then
    assertThat(exit).as(bot.log()).isEqualTo(1);
    assertThat(bot.log()).contains(file + ":1:24: het bestand houdt halverwege op. Herstel of verwijder het bestand"
        + " (de bot leest het één keer in, in dagwijzer.db) en start de bot opnieuw.");
    assertThat(bot.log()).doesNotContain("\tat ", "Exception");
    assertThat(rig.discord.restCalls()).as("nothing sent to Discord").isEmpty();
    assertThat(rig.discord.identifyCount()).isZero();
    assertThat(file).exists();
  }

  @Test
  @DisplayName("defect 1: a state folder that is a file stops the start before login with one Dutch line")
  void stateFolderIsAFile() throws Exception {
    // given
    Path notAFolder = Files.writeString(dir.resolve("staat"), "oeps");

    // when
    int exit = start(Map.of("DAGWIJZER_STATE_DIR", notAFolder.toString())).awaitExit(EXIT);

    // then
    assertThat(exit).as(bot.log()).isEqualTo(1);
    assertThat(bot.log()).contains("De map voor de staat " + notAFolder + " (DAGWIJZER_STATE_DIR) is een bestand,"
        + " geen map. Zet DAGWIJZER_STATE_DIR op een map, of verplaats dat bestand en start de bot opnieuw.");
    assertThat(bot.log()).doesNotContain("\tat ", "Exception");
    assertThat(rig.discord.restCalls()).as("nothing sent to Discord").isEmpty();
  }

  @Test
  @DisplayName("defect 8: a refused token ends with exit 1 and one Dutch line; stopping throws nothing")
  void refusedTokenStopsCleanly() throws Exception {
    // when
    int exit = start(Map.of("DISCORD_TOKEN", "niet-het-goede-token")).awaitExit(EXIT);

    // then
    assertThat(exit).as(bot.log()).isEqualTo(1);
    assertThat(bot.log()).contains("Discord weigert het token in DISCORD_TOKEN; kopieer het opnieuw uit het"
        + " Developer Portal.", "Stopped");
    assertThat(bot.log()).doesNotContain("NullPointerException", "getShardCache", "is null", "\tat ", "Stopping: ",
        "did not go cleanly");
  }
}
