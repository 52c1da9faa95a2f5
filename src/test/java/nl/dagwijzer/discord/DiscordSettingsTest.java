package nl.dagwijzer.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.dagwijzer.cli.DiscordCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

final class DiscordSettingsTest {

  @Test
  @DisplayName("only a token gives the documented defaults")
  void defaults() throws Exception {
    // when
    DiscordSettings settings = DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "abc.def"));

    // then
    assertThat(settings).isEqualTo(new DiscordSettings("abc.def", Path.of("./programme.json"), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), 5, Path.of("./state"), "https://discord.com/api/v10/",
        Optional.empty(), OptionalInt.empty(), List.of(), Optional.empty(), 1.0,
        new DiscordSettings.Personal(10, false)));
    assertThat(settings.rehearsal()).isFalse();
  }

  @Test
  @DisplayName("every variable is read")
  void everything() throws Exception {
    // given
    Map<String, String> env = Map.ofEntries(
        Map.entry("DISCORD_TOKEN", "tok"),
        Map.entry("DAGWIJZER_PROGRAMME", "/data/p.json"),
        Map.entry("DAGWIJZER_QA_CHANNELS", " vragen, #vragen-2 ,123456789012345678"),
        Map.entry("DAGWIJZER_ANNOUNCE_CHANNEL", "aankondigingen"),
        Map.entry("DAGWIJZER_ORGANISER_ROLE", "Organisatie"),
        Map.entry("DAGWIJZER_MODERATOR_ROLE", "42"),
        Map.entry("DAGWIJZER_REMINDER_MINUTES", "0"),
        Map.entry("DAGWIJZER_STATE_DIR", "/data/state"),
        Map.entry("DISCORD_API_URL", "http://localhost:8080/api"),
        Map.entry("DISCORD_GATEWAY_URL", "ws://localhost:8081"),
        Map.entry("DISCORD_SHARD_COUNT", "4"),
        Map.entry("DISCORD_SHARD_IDS", "0,2-3"),
        Map.entry("DAGWIJZER_CLOCK_START", "9:45"),
        Map.entry("DAGWIJZER_CLOCK_SPEED", "60"),
        Map.entry("DAGWIJZER_PERSONAL_REMINDER_MINUTES", "0"),
        Map.entry("DAGWIJZER_DISCORD_EVENTS", "TRUE"));

    // when
    DiscordSettings settings = DiscordSettings.fromEnvironment(env);

    // then
    assertThat(settings).isEqualTo(new DiscordSettings("tok", Path.of("/data/p.json"),
        List.of("vragen", "vragen-2", "123456789012345678"), Optional.of("aankondigingen"), Optional.of("Organisatie"),
        Optional.of("42"), 0, Path.of("/data/state"), "http://localhost:8080/api/", Optional.of("ws://localhost:8081"),
        OptionalInt.of(4), List.of(0, 2, 3), Optional.of(LocalTime.of(9, 45)), 60.0,
        new DiscordSettings.Personal(0, true)));
    assertThat(settings.rehearsal()).isTrue();
  }

  @Test
  @DisplayName("the token never appears in toString")
  void hidesToken() throws Exception {
    // when
    String text = DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "very-secret-token")).toString();

    // then
    assertThat(text).doesNotContain("very-secret-token").contains("token=***");
  }

  @ParameterizedTest(name = "{0}={1}")
  @DisplayName("a wrong value gives one Dutch line naming the variable")
  @CsvSource(delimiter = '|', value = {
      "DAGWIJZER_REMINDER_MINUTES|vijf|DAGWIJZER_REMINDER_MINUTES moet een heel getal van 0 tot en met 1440 zijn, niet 'vijf'.",
      "DAGWIJZER_REMINDER_MINUTES|-1|DAGWIJZER_REMINDER_MINUTES moet een heel getal van 0 tot en met 1440 zijn, niet '-1'.",
      "DISCORD_API_URL|discord.com/api|DISCORD_API_URL moet beginnen met http:// of https://, niet 'discord.com/api'.",
      "DISCORD_GATEWAY_URL|https://gw|DISCORD_GATEWAY_URL moet beginnen met ws:// of wss://, niet 'https://gw'.",
      "DISCORD_SHARD_COUNT|0|DISCORD_SHARD_COUNT moet een heel getal van 1 tot en met 10000 zijn, niet '0'.",
      "DISCORD_SHARD_IDS|0|DISCORD_SHARD_IDS vraagt ook om DISCORD_SHARD_COUNT (het totaal aantal shards).",
      "DAGWIJZER_CLOCK_START|half tien|DAGWIJZER_CLOCK_START moet een tijd zijn als 09:30, niet 'half tien'.",
      "DAGWIJZER_CLOCK_START|25:00|DAGWIJZER_CLOCK_START moet een tijd zijn als 09:30, niet '25:00'.",
      "DAGWIJZER_CLOCK_SPEED|0|DAGWIJZER_CLOCK_SPEED moet een getal groter dan 0 zijn (bijvoorbeeld 1 of 60), niet '0'.",
      "DAGWIJZER_CLOCK_SPEED|snel|DAGWIJZER_CLOCK_SPEED moet een getal groter dan 0 zijn (bijvoorbeeld 1 of 60), niet 'snel'.",
      "DAGWIJZER_PERSONAL_REMINDER_MINUTES|tien|DAGWIJZER_PERSONAL_REMINDER_MINUTES moet een heel getal van 0 tot en met 1440 zijn, niet 'tien'.",
      "DAGWIJZER_DISCORD_EVENTS|ja|DAGWIJZER_DISCORD_EVENTS moet true of false zijn, niet 'ja'."})
  void wrongValue(String name, String value, String message) {
    // given
    Map<String, String> env = Map.of("DISCORD_TOKEN", "tok", name, value);

    // when / then
    assertThatThrownBy(() -> DiscordSettings.fromEnvironment(env))
        .isInstanceOf(SettingsException.class).hasMessage(message);
  }

  @Test
  @DisplayName("shard ids beyond the shard count are refused")
  void shardIdsBeyondCount() {
    // given
    Map<String, String> env = Map.of("DISCORD_TOKEN", "tok", "DISCORD_SHARD_COUNT", "2", "DISCORD_SHARD_IDS", "1,2");

    // when / then
    assertThatThrownBy(() -> DiscordSettings.fromEnvironment(env)).isInstanceOf(SettingsException.class)
        .hasMessage("DISCORD_SHARD_IDS noemt shard 2, maar DISCORD_SHARD_COUNT is 2 (shards tellen vanaf 0).");
  }

  @Test
  @DisplayName("a missing token is one Dutch line and a non-zero exit from the discord command, no stack trace")
  void missingToken() {
    // given
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new DiscordCommand(Map.of("DAGWIJZER_PROGRAMME", "programme.json")));
    command.setErr(new PrintWriter(err));

    // when
    int exit = command.execute();

    // then
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(
        "DISCORD_TOKEN ontbreekt: zet het token van je bot in de omgevingsvariabele DISCORD_TOKEN."
            + System.lineSeparator());
  }
}
