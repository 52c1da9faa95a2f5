package nl.dagwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dagwijzer.e2e.local.LocalChannel;
import nl.dagwijzer.e2e.local.LocalDiscord;
import nl.dagwijzer.e2e.local.LocalInteraction;
import nl.dagwijzer.e2e.local.LocalMember;
import nl.dagwijzer.e2e.local.PostedMessage;

/**
 * The bot jar running against a {@link LocalDiscord} as an event server is set up: channels {@code algemeen},
 * {@code vragen} (Q&A) and {@code aankondigingen}; roles {@code Organisatie} and {@code Moderatie}; members
 * {@code anna}, {@code bram}, {@code cees}, {@code dirk} (attendees: several, so scenarios stay under the flood limit of
 * 5 answers per user in 30 s), {@code wachter} (barriers), {@code olga} (organiser), {@code mo} (moderator) and
 * another bot. The programme is a copy
 * of {@code programme.json} in {@code folder/data}, the state in {@code folder/state}. {@link #close()} ends the bot
 * process and the server, also after a failed start.
 */
final class BotOnLocalDiscord implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final Path PROGRAMME = Path.of("programme.json");
  private static final Pattern CLOCK = Pattern.compile("Nu \\((\\d\\d:\\d\\d)\\)");

  final LocalDiscord discord;
  final Path programme;
  final Path state;
  final LocalMember anna;
  final LocalMember bram;
  final LocalMember cees;
  final LocalMember dirk;
  /** An attendee used only for barriers and start-up checks. */
  final LocalMember wachter;
  final LocalMember olga;
  final LocalMember mo;
  final LocalMember otherBot;
  final LocalChannel algemeen;
  final LocalChannel vragen;
  final LocalChannel aankondigingen;
  /** CREATE_SCHEDULED_EVENTS and MANAGE_EVENTS, for the bot's role {@code Kalender}. */
  static final long EVENT_RIGHTS = (1L << 44) | (1L << 33);

  private final Path folder;
  private Map<String, String> environment;
  private BotProcess bot;

  private BotOnLocalDiscord(LocalDiscord discord, Path folder) throws IOException {
    this.discord = discord;
    this.folder = folder;
    Path data = Files.createDirectories(folder.resolve("data"));
    this.programme = data.resolve("programme.json");
    Files.copy(PROGRAMME, programme);
    this.state = Files.createDirectories(folder.resolve("state"));
    anna = discord.member("anna");
    bram = discord.member("bram");
    cees = discord.member("cees");
    dirk = discord.member("dirk");
    wachter = discord.member("wachter");
    olga = discord.member("olga");
    mo = discord.member("mo");
    otherBot = discord.member("andere-bot");
    algemeen = discord.channel("algemeen");
    vragen = discord.channel("vragen");
    aankondigingen = discord.channel("aankondigingen");
  }

  /** Starts the server and the bot with the documented settings ({@code extra} adds or overrides), ready to use. */
  static BotOnLocalDiscord start(Path folder, Map<String, String> extra) throws IOException, InterruptedException {
    return start(folder, extra, false, UnaryOperator.identity());
  }

  /**
   * As {@link #start(Path, Map)}; with {@code eventRights} the bot's role {@code Kalender} may create and manage
   * events, and {@code programme} changes the text of the programme file before the bot starts.
   */
  static BotOnLocalDiscord start(Path folder, Map<String, String> extra, boolean eventRights,
                                 UnaryOperator<String> programme) throws IOException, InterruptedException {
    LocalDiscord.Builder builder = LocalDiscord.builder()
        .textChannel("algemeen").textChannel("vragen").textChannel("aankondigingen")
        .role("Organisatie").role("Moderatie").role("Kalender", EVENT_RIGHTS)
        .member("anna").member("bram").member("cees").member("dirk").member("wachter")
        .member("olga", "Organisatie").member("mo", "Moderatie")
        .otherBot("andere-bot");
    if (eventRights) {
      builder.botRoles("Kalender");
    }
    LocalDiscord discord = builder.build().start();
    BotOnLocalDiscord fixture = null;
    try {
      fixture = new BotOnLocalDiscord(discord, folder);
      Files.writeString(fixture.programme, programme.apply(fixture.programmeText()), StandardCharsets.UTF_8);
      Map<String, String> settings = new HashMap<>();
      settings.put("DAGWIJZER_QA_CHANNELS", "vragen");
      settings.put("DAGWIJZER_ANNOUNCE_CHANNEL", "aankondigingen");
      settings.put("DAGWIJZER_ORGANISER_ROLE", "Organisatie");
      settings.put("DAGWIJZER_MODERATOR_ROLE", "Moderatie");
      settings.putAll(extra);
      fixture.environment = BotProcess.environment(discord, fixture.programme, fixture.state, settings);
      fixture.bot = BotProcess.start(fixture.environment, folder.resolve("bot.log"));
      fixture.awaitOnline(1);
      return fixture;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      if (fixture != null) {
        fixture.close();
      } else {
        discord.close();
      }
      throw e;
    }
  }

  /** Stops the bot (SIGTERM, exit 0) and starts it again on the same state, programme and local Discord. */
  void restart() throws IOException, InterruptedException {
    assertThat(bot.terminate(Duration.ofSeconds(20))).as("exit code after SIGTERM").isZero();
    bot = BotProcess.start(environment, folder.resolve("bot-2.log"));
    awaitOnline(2);
  }

  /** Connected, commands registered, and the schedulers started (the log line after the start-up checks). */
  private void awaitOnline(int identified) throws InterruptedException {
    try {
      discord.awaitIdentified(identified, WAIT);
      discord.awaitRegisteredCommand("herlaad", WAIT);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\nbot log:\n" + bot.log(), e);
    }
    // The commands are registered on READY, before the start-up checks; a DM question answered proves the bot runs.
    String hello = discord.sendDirectMessage(discord.member("wachter").user(), "hallo");
    discord.awaitReplyTo(hello, WAIT.multipliedBy(2));
  }

  BotProcess bot() {
    return bot;
  }

  /** {@code member} writes {@code content} in {@code channel}; the bot's reply to it. */
  PostedMessage ask(LocalMember member, LocalChannel channel, String content) {
    String id = discord.sendMessage(member, channel, content);
    return discord.awaitReplyTo(id, WAIT);
  }

  /** {@code member} runs {@code /name} with {@code options} (name, value, ...) and gets the first answer. */
  PostedMessage slash(LocalMember member, LocalChannel channel, String name, Object... options) {
    LocalInteraction interaction = discord.sendSlashCommand(member, channel, name, options(options));
    return answerTo(interaction);
  }

  /** The bot's first message for {@code interaction}: the reply, or the follow-up after a deferred reply. */
  PostedMessage answerTo(LocalInteraction interaction) {
    return discord.awaitPosted(m -> interaction.id().equals(m.interactionId())
        && m.kind() != PostedMessage.Kind.EDIT, WAIT);
  }

  /** A message the bot posts in {@code channel} (not as a reply to an interaction) whose content matches. */
  PostedMessage awaitPostedIn(LocalChannel channel, Predicate<String> content, Duration timeout) {
    return discord.awaitPosted(m -> m.kind() == PostedMessage.Kind.CHANNEL_MESSAGE
        && channel.id().equals(m.channelId()) && content.test(m.content()), timeout);
  }

  /**
   * Everything posted so far that matches, after a barrier: the bot handles gateway events in order, so once it has
   * answered an autocomplete sent now (which the flood limit does not count), it has handled every earlier event.
   */
  List<PostedMessage> postedAfterBarrier(Predicate<PostedMessage> condition) {
    LocalInteraction barrier = discord.sendAutocomplete(wachter, algemeen, "spreker", options("naam", ""), "naam");
    discord.awaitInteractionResponse(barrier.id(), WAIT);
    return discord.posted().stream().filter(condition).toList();
  }

  /** The time the bot's clock shows, from its answer to /nu (asked by {@code attendee}: it counts for the flood limit). */
  LocalTime clockOfTheBot(LocalMember attendee) {
    PostedMessage nu = slash(attendee, algemeen, "nu");
    Matcher matcher = CLOCK.matcher(nu.content() + nu.embedText());
    assertThat(matcher.find()).as(nu.content() + nu.embedText()).isTrue();
    return LocalTime.parse(matcher.group(1));
  }

  String programmeText() throws IOException {
    return Files.readString(programme, StandardCharsets.UTF_8);
  }

  static Map<String, Object> options(Object... namesAndValues) {
    Map<String, Object> options = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      options.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return options;
  }

  /** Checks that a message pings nobody: no mention types to parse, no ping for the replied user. */
  static void assertPingsNobody(PostedMessage message) {
    assertThat(message.allowedMentions()).as("allowed_mentions of %s", message.content()).isNotNull();
    assertThat(message.allowedMentions().getArray("parse").length()).as("allowed_mentions.parse").isZero();
    assertThat(message.allowedMentions().getBoolean("replied_user", false)).as("allowed_mentions.replied_user")
        .isFalse();
  }

  @Override
  public void close() throws InterruptedException {
    try {
      if (bot != null) {
        bot.close();
      }
    } finally {
      discord.close();
    }
  }
}
