package nl.dagwijzer.discord;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Everything the Discord bot is configured with, read from environment variables (see {@code docs/discord.md}).
 * Immutable; {@link #toString()} never shows the token.
 *
 * @param token         {@code DISCORD_TOKEN}, required, only from the environment, never logged
 * @param programme     {@code DAGWIJZER_PROGRAMME}, default {@code ./programme.json}
 * @param qaChannels    {@code DAGWIJZER_QA_CHANNELS}: ids or names, comma-separated; every message there is a question
 * @param announceChannel {@code DAGWIJZER_ANNOUNCE_CHANNEL}: id or name
 * @param organiserRole {@code DAGWIJZER_ORGANISER_ROLE}: id or name
 * @param moderatorRole {@code DAGWIJZER_MODERATOR_ROLE}: id or name
 * @param reminderMinutes {@code DAGWIJZER_REMINDER_MINUTES}, default 5, 0 = no reminders
 * @param stateDir      {@code DAGWIJZER_STATE_DIR}, default {@code ./state}
 * @param apiUrl        {@code DISCORD_API_URL}, default {@code https://discord.com/api/v10/}
 * @param gatewayUrl    {@code DISCORD_GATEWAY_URL}, default: the one Discord names
 * @param shardCount    {@code DISCORD_SHARD_COUNT}, default: what Discord recommends
 * @param shardIds      {@code DISCORD_SHARD_IDS}: the shards this process runs ({@code 0,1} or {@code 0-3}), default all
 * @param clockStart    {@code DAGWIJZER_CLOCK_START} ({@code HH:mm}): rehearsal, the bot's clock starts at this time
 * @param clockSpeed    {@code DAGWIJZER_CLOCK_SPEED}: rehearsal, the bot's clock runs this many times real speed
 * @param personal      {@code DAGWIJZER_PERSONAL_REMINDER_MINUTES} and {@code DAGWIJZER_DISCORD_EVENTS}
 */
public record DiscordSettings(String token, Path programme, List<String> qaChannels, Optional<String> announceChannel,
                              Optional<String> organiserRole, Optional<String> moderatorRole, int reminderMinutes,
                              Path stateDir, String apiUrl, Optional<String> gatewayUrl, OptionalInt shardCount,
                              List<Integer> shardIds, Optional<LocalTime> clockStart, double clockSpeed,
                              Personal personal) {
  /**
   * The personal programme and the server's calendar.
   *
   * @param reminderMinutes {@code DAGWIJZER_PERSONAL_REMINDER_MINUTES}, default 10, 0 = no personal reminders
   * @param discordEvents   {@code DAGWIJZER_DISCORD_EVENTS}, default false: a Discord scheduled event per session
   */
  public record Personal(int reminderMinutes, boolean discordEvents) {
    public static final Personal DEFAULT = new Personal(10, false);
  }

  public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";

  public DiscordSettings {
    qaChannels = List.copyOf(qaChannels);
    shardIds = List.copyOf(shardIds);
  }

  /** True when the clock is not the real one (a start time or a speed other than 1 was given). */
  public boolean rehearsal() {
    return clockStart.isPresent() || clockSpeed != 1.0;
  }

  public static DiscordSettings fromEnvironment(Map<String, String> env) throws SettingsException {
    String token = value(env, "DISCORD_TOKEN")
        .orElseThrow(() -> new SettingsException(
            "DISCORD_TOKEN ontbreekt: zet het token van je bot in de omgevingsvariabele DISCORD_TOKEN."));
    if (token.chars().anyMatch(Character::isWhitespace)) {
      throw new SettingsException("DISCORD_TOKEN bevat spaties of regeleinden; kopieer het token opnieuw.");
    }
    Path programme = path(env, "DAGWIJZER_PROGRAMME", "./programme.json");
    List<String> qa = value(env, "DAGWIJZER_QA_CHANNELS").map(DiscordSettings::names).orElse(List.of());
    int reminder = integer(env, "DAGWIJZER_REMINDER_MINUTES", 5, 0, 24 * 60);
    Path state = path(env, "DAGWIJZER_STATE_DIR", "./state");
    String api = value(env, "DISCORD_API_URL").orElse(DEFAULT_API_URL);
    requireUrl("DISCORD_API_URL", api, "http://", "https://");
    if (!api.endsWith("/")) {
      api = api + "/";
    }
    Optional<String> gateway = value(env, "DISCORD_GATEWAY_URL");
    if (gateway.isPresent()) {
      requireUrl("DISCORD_GATEWAY_URL", gateway.get(), "ws://", "wss://");
    }
    OptionalInt shardCount = value(env, "DISCORD_SHARD_COUNT").isPresent()
        ? OptionalInt.of(integer(env, "DISCORD_SHARD_COUNT", 1, 1, 10_000)) : OptionalInt.empty();
    List<Integer> shardIds = List.of();
    Optional<String> ids = value(env, "DISCORD_SHARD_IDS");
    if (ids.isPresent()) {
      try {
        shardIds = shardIds(ids.get());
      } catch (IllegalArgumentException e) {
        throw new SettingsException("DISCORD_SHARD_IDS moet shardnummers bevatten zoals 0,1 of 0-3, niet '"
            + ids.get() + "'.");
      }
    }
    if (!shardIds.isEmpty()) {
      if (shardCount.isEmpty()) {
        throw new SettingsException("DISCORD_SHARD_IDS vraagt ook om DISCORD_SHARD_COUNT (het totaal aantal shards).");
      }
      int max = shardIds.get(shardIds.size() - 1);
      if (max >= shardCount.getAsInt()) {
        throw new SettingsException("DISCORD_SHARD_IDS noemt shard " + max + ", maar DISCORD_SHARD_COUNT is "
            + shardCount.getAsInt() + " (shards tellen vanaf 0).");
      }
    }
    Optional<LocalTime> clockStart = Optional.empty();
    Optional<String> start = value(env, "DAGWIJZER_CLOCK_START");
    if (start.isPresent()) {
      try {
        if (!start.get().matches("\\d{1,2}:\\d{2}")) {
          throw new DateTimeParseException("", start.get(), 0);
        }
        clockStart = Optional.of(LocalTime.parse(start.get().length() == 4 ? "0" + start.get() : start.get()));
      } catch (DateTimeParseException e) {
        throw new SettingsException("DAGWIJZER_CLOCK_START moet een tijd zijn als 09:30, niet '" + start.get() + "'.");
      }
    }
    double speed = 1.0;
    Optional<String> speedText = value(env, "DAGWIJZER_CLOCK_SPEED");
    if (speedText.isPresent()) {
      try {
        speed = Double.parseDouble(speedText.get().replace(',', '.'));
      } catch (NumberFormatException e) {
        speed = Double.NaN;
      }
      if (!(speed > 0) || speed > 10_000) {
        throw new SettingsException("DAGWIJZER_CLOCK_SPEED moet een getal groter dan 0 zijn (bijvoorbeeld 1 of 60), niet '"
            + speedText.get() + "'.");
      }
    }
    Personal personal = new Personal(integer(env, "DAGWIJZER_PERSONAL_REMINDER_MINUTES", 10, 0, 24 * 60),
        bool(env, "DAGWIJZER_DISCORD_EVENTS"));
    return new DiscordSettings(token, programme, qa, value(env, "DAGWIJZER_ANNOUNCE_CHANNEL"),
        value(env, "DAGWIJZER_ORGANISER_ROLE"), value(env, "DAGWIJZER_MODERATOR_ROLE"), reminder, state, api, gateway,
        shardCount, shardIds, clockStart, speed, personal);
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  private static Path path(Map<String, String> env, String name, String fallback) throws SettingsException {
    String v = value(env, name).orElse(fallback);
    try {
      return Path.of(v);
    } catch (InvalidPathException e) {
      throw new SettingsException(name + " is geen geldig pad: '" + v + "'.");
    }
  }

  private static int integer(Map<String, String> env, String name, int fallback, int min, int max)
      throws SettingsException {
    Optional<String> v = value(env, name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SettingsException(name + " moet een heel getal van " + min + " tot en met " + max + " zijn, niet '"
        + v.get() + "'.");
  }

  private static boolean bool(Map<String, String> env, String name) throws SettingsException {
    Optional<String> v = value(env, name);
    if (v.isEmpty() || v.get().equalsIgnoreCase("false")) {
      return false;
    }
    if (v.get().equalsIgnoreCase("true")) {
      return true;
    }
    throw new SettingsException(name + " moet true of false zijn, niet '" + v.get() + "'.");
  }

  private static void requireUrl(String name, String url, String... schemes) throws SettingsException {
    if (Arrays.stream(schemes).noneMatch(url::startsWith) || url.length() <= schemes[0].length() + 1) {
      throw new SettingsException(name + " moet beginnen met " + String.join(" of ", schemes) + ", niet '" + url
          + "'.");
    }
  }

  private static List<String> names(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).map(s -> s.startsWith("#") ? s.substring(1) : s)
        .filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static List<Integer> shardIds(String value) {
    try {
      TreeSet<Integer> ids = new TreeSet<>();
      for (String part : value.split(",")) {
        String p = part.trim();
        if (p.isEmpty()) {
          continue;
        }
        int dash = p.indexOf('-', 1);
        if (dash > 0) {
          int from = Integer.parseInt(p.substring(0, dash).trim());
          int to = Integer.parseInt(p.substring(dash + 1).trim());
          if (from < 0 || to < from || to - from > 10_000) {
            throw new NumberFormatException(p);
          }
          for (int i = from; i <= to; i++) {
            ids.add(i);
          }
        } else {
          int id = Integer.parseInt(p);
          if (id < 0) {
            throw new NumberFormatException(p);
          }
          ids.add(id);
        }
      }
      return new ArrayList<>(ids);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(value, e);
    }
  }

  @Override
  public String toString() {
    return "DiscordSettings[token=***, programme=" + programme + ", qaChannels=" + qaChannels + ", announceChannel="
        + announceChannel.orElse("-") + ", organiserRole=" + organiserRole.orElse("-") + ", moderatorRole="
        + moderatorRole.orElse("-") + ", reminderMinutes=" + reminderMinutes + ", stateDir=" + stateDir
        + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl.orElse("-") + ", shardCount="
        + (shardCount.isPresent() ? shardCount.getAsInt() : "auto") + ", shardIds=" + shardIds + ", clockStart="
        + clockStart.map(Object::toString).orElse("-") + ", clockSpeed=" + clockSpeed + ", personalReminderMinutes="
        + personal.reminderMinutes() + ", discordEvents=" + personal.discordEvents() + "]";
  }
}
