package nl.dagwijzer.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dagwijzer.e2e.local.LocalChannel;
import nl.dagwijzer.e2e.local.LocalDiscord;
import nl.dagwijzer.e2e.local.LocalMember;
import nl.dagwijzer.e2e.local.PostedMessage;
import nl.dagwijzer.e2e.local.RestCall;

/**
 * The setup the fault scenarios share: a local Discord with {@code algemeen}, {@code vragen} (the Q&A channel) and
 * {@code aankondigingen}, the role {@code Organisatie}, one organiser and {@code attendees} attendees
 * ({@code deelnemer-001}, ...); a copy of {@code programme.json} and a state folder in {@code dir}; and the bot as a
 * separate process ({@link BotProcess}). {@link #close()} ends every bot process and the server, also after a
 * failure. Each bot's output is kept in {@code target/e2e-logs/}.
 */
final class FaultRig implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(15);
  static final String ORGANISER = "organisator";

  /** Questions the programme answers, cycled through so the whole core is exercised, not one cached path. */
  static final List<String> QUESTIONS = List.of(
      "wanneer is de lunch",
      "wie spreekt over breda",
      "hoe lang duurt de workshop van zoetermeer",
      "wat is er na de koffiepauze",
      "welke workshops zijn er",
      "waar gaat de workshop van amsterdam over",
      "wie is maartje bos",
      "wat is het programma");

  final LocalDiscord discord;
  final Path dir;
  final Path programme;
  final Path state;
  final LocalChannel algemeen;
  final LocalChannel vragen;
  final LocalChannel aankondigingen;
  private final String name;
  private final List<BotProcess> bots = new ArrayList<>();

  private FaultRig(String name, LocalDiscord discord, Path dir) throws IOException {
    this.name = name;
    this.discord = discord;
    this.dir = dir;
    this.programme = Files.copy(Path.of("programme.json"), dir.resolve("programme.json"));
    this.state = Files.createDirectories(dir.resolve("state"));
    this.algemeen = discord.channel("algemeen");
    this.vragen = discord.channel("vragen");
    this.aankondigingen = discord.channel("aankondigingen");
  }

  /** A started local Discord with {@code attendees} attendees; no bot yet. */
  static FaultRig create(String name, Path dir, int attendees) throws IOException {
    LocalDiscord.Builder builder = LocalDiscord.builder()
        .textChannel("algemeen").textChannel("vragen").textChannel("aankondigingen")
        .role("Organisatie")
        .member(ORGANISER, "Organisatie");
    for (int i = 1; i <= attendees; i++) {
      builder.member(attendeeName(i));
    }
    LocalDiscord discord = builder.build().start();
    try {
      return new FaultRig(name, discord, dir);
    } catch (IOException | RuntimeException e) {
      discord.close();
      throw e;
    }
  }

  static String attendeeName(int i) {
    return String.format("deelnemer-%03d", i);
  }

  LocalMember attendee(int i) {
    return discord.member(attendeeName(i));
  }

  LocalMember organiser() {
    return discord.member(ORGANISER);
  }

  /** The settings of every scenario plus {@code extra}; reminders are off unless {@code extra} turns them on. */
  Map<String, String> environment(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("DAGWIJZER_QA_CHANNELS", "vragen");
    env.put("DAGWIJZER_ANNOUNCE_CHANNEL", "aankondigingen");
    env.put("DAGWIJZER_ORGANISER_ROLE", "Organisatie");
    env.put("DAGWIJZER_REMINDER_MINUTES", "0");
    env.putAll(extra);
    return BotProcess.environment(discord, programme, state, env);
  }

  /**
   * Starts a bot process and waits until it has identified and registered its slash commands (it registers them
   * when its shard is ready, so its listener is in place).
   */
  BotProcess startBot(Map<String, String> extra) throws IOException {
    Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
    Path log = logs.resolve(name + "-" + (bots.size() + 1) + ".log");
    Files.deleteIfExists(log);
    int commandPuts = (int) discord.restCalls().stream().filter(FaultRig::registersCommands).count();
    BotProcess bot = BotProcess.start(environment(extra), log);
    bots.add(bot);
    try {
      discord.awaitIdentified(bots.size(), WAIT);
      AtomicInteger seen = new AtomicInteger(); // the wait tests each call once, in order
      discord.awaitRestCall(call -> registersCommands(call) && seen.incrementAndGet() > commandPuts, WAIT);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\nbot log:\n" + bot.log(), e);
    }
    return bot;
  }

  private static boolean registersCommands(RestCall call) {
    return call.method().equals("PUT") && call.path().endsWith("/commands") && call.status() == 200;
  }

  /** Question {@code n} of {@link #QUESTIONS}, cycling. */
  static String question(int n) {
    return QUESTIONS.get(Math.floorMod(n, QUESTIONS.size()));
  }

  /** Sends a question in {@code vragen} as {@code member} and waits for the bot's reply to it. */
  PostedMessage askAndAwait(LocalMember member, String question) {
    String id = discord.sendMessage(member, vragen, question);
    return discord.awaitReplyTo(id, WAIT);
  }

  /** What a post says: its content and its embeds' text (overviews are embeds with an empty content). */
  static String text(PostedMessage message) {
    return (message.content() + "\n" + message.embedText()).strip();
  }

  /** How many of the bot's posts reply to each message id (ids without a reply are absent). */
  Map<String, Long> repliesPerMessage() {
    return discord.posted().stream().filter(m -> m.referencedMessageId() != null)
        .collect(Collectors.groupingBy(PostedMessage::referencedMessageId, Collectors.counting()));
  }

  /** The bot's posts in {@code channel}, by content. */
  List<String> contentsIn(LocalChannel channel) {
    return discord.posted().stream().filter(m -> m.channelId().equals(channel.id()))
        .map(PostedMessage::content).toList();
  }

  static <T> Map<T, Long> count(List<T> items) {
    return items.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Override
  public void close() {
    for (BotProcess bot : bots) {
      try {
        bot.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    discord.close();
  }
}
