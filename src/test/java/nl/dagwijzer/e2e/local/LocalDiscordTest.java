package nl.dagwijzer.e2e.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.GatewayEncoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LocalDiscord: real JDA against the local Discord")
final class LocalDiscordTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private Set<Thread> threadsBefore;
  private LocalDiscord discord;
  private JDA jda;
  private LocalMember anna;
  private LocalChannel algemeen;

  @BeforeEach
  void startDiscordAndBot() throws InterruptedException {
    threadsBefore = Thread.getAllStackTraces().keySet();
    discord = LocalDiscord.builder()
        .guildName("Dagwijzer test")
        .textChannel("algemeen")
        .textChannel("vragen")
        .role("Organisatie")
        .member("anna", "Organisatie")
        .member("bram")
        .otherBot("andere-bot")
        .build()
        .start();
    anna = discord.member("anna");
    algemeen = discord.channel("algemeen");
    jda = JDABuilder.createLight(discord.botToken(),
            GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
        .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
        .setSessionController(new LocalSessionController(discord.gatewayUrl()))
        .setCompression(Compression.NONE)
        .setGatewayEncoding(GatewayEncoding.JSON)
        .addEventListeners(new PingPong())
        .build()
        .awaitReady();
  }

  @AfterEach
  void stopBotAndDiscord() throws InterruptedException {
    if (jda != null) {
      jda.shutdown();
      if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
        jda.shutdownNow();
        jda.awaitShutdown(Duration.ofSeconds(5));
      }
    }
    discord.close();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (!thread.isDaemon() && !threadsBefore.contains(thread)) {
        thread.join(5_000);
        assertThat(thread.isAlive()).as("non-daemon thread %s left behind", thread.getName()).isFalse();
      }
    }
  }

  @Test
  @DisplayName("the bot logs in and is ready with the guild, its channels and roles")
  void loginAndReady() {
    // given a started local Discord and a bot that awaited ready (see setUp)

    // when we look at what the bot knows

    // then it has the guild with both channels and the role, after one IDENTIFY
    assertThat(jda.getGuilds()).hasSize(1);
    assertThat(jda.getGuildById(discord.guildId()).getName()).isEqualTo("Dagwijzer test");
    assertThat(jda.getGuildById(discord.guildId()).getTextChannels()).extracting(c -> c.getName())
        .containsExactly("algemeen", "vragen");
    assertThat(jda.getRolesByName("Organisatie", false)).hasSize(1);
    assertThat(jda.getSelfUser().getId()).isEqualTo(discord.botUser().id());
    assertThat(discord.identifyCount()).isEqualTo(1);
  }

  @Test
  @DisplayName("a guild message is answered as a reply to it")
  void guildMessageIsAnswered() {
    // given the ready bot

    // when anna writes "ping" in #algemeen
    String ping = discord.sendMessage(anna, algemeen, "ping");

    // then the bot replies "pong" in #algemeen, referring to her message
    PostedMessage reply = discord.awaitReplyTo(ping, WAIT);
    assertThat(reply.content()).isEqualTo("pong");
    assertThat(reply.channelId()).isEqualTo(algemeen.id());
    assertThat(reply.kind()).isEqualTo(PostedMessage.Kind.CHANNEL_MESSAGE);
  }

  @Test
  @DisplayName("a channel message sent twice with the same nonce is created once; the repeat gets the same message")
  void nonceIsEnforced() throws Exception {
    // given the ready bot's channel
    var channel = jda.getTextChannelById(algemeen.id());

    // when it posts with one nonce twice, and once with another
    var first = channel.sendMessage("eerste").setNonce("k3x9q2a7-0").submit().get();
    var repeat = channel.sendMessage("eerste, nog eens").setNonce("k3x9q2a7-0").submit().get();
    var other = channel.sendMessage("ander").setNonce("k3x9q2a8-0").submit().get();

    // then
    assertThat(repeat.getId()).isEqualTo(first.getId());
    assertThat(other.getId()).isNotEqualTo(first.getId());
    assertThat(discord.posted()).extracting(PostedMessage::content).containsExactly("eerste", "ander");
    assertThat(discord.nonceRepeats()).isEqualTo(1);
  }

  @Test
  @DisplayName("a direct message is answered in the DM channel")
  void directMessageIsAnswered() {
    // given the ready bot

    // when bram sends "ping" in a DM
    String ping = discord.sendDirectMessage(discord.member("bram").user(), "ping");

    // then the bot answers in that DM
    PostedMessage reply = discord.awaitReplyTo(ping, WAIT);
    assertThat(reply.content()).isEqualTo("pong");
    assertThat(reply.channelId()).isEqualTo(discord.dmChannelId(discord.member("bram").user()));
  }

  @Test
  @DisplayName("messages from bots, the bot itself included, are not answered")
  void botsAreIgnored() {
    // given the ready bot

    // when another bot and the bot's own account write "ping", and then anna does
    discord.sendMessage(discord.member("andere-bot"), algemeen, "ping");
    discord.sendMessageFromBot(algemeen, "ping");
    String fromAnna = discord.sendMessage(anna, algemeen, "ping");

    // then only anna gets an answer (events are handled in order, so hers is the barrier)
    discord.awaitReplyTo(fromAnna, WAIT);
    assertThat(discord.posted()).hasSize(1);
  }

  @Test
  @DisplayName("a slash command gets its interaction callback")
  void slashCommandIsAnswered() {
    // given the ready bot

    // when anna runs /ping
    LocalInteraction ping = discord.sendSlashCommand(anna, algemeen, "ping", Map.of());

    // then the bot answers the interaction with a type-4 reply "pong"
    InteractionResponse response = discord.awaitInteractionResponse(ping.id(), WAIT);
    assertThat(response.type()).isEqualTo(4);
    PostedMessage reply = discord.awaitPosted(m -> ping.id().equals(m.interactionId()), WAIT);
    assertThat(reply.content()).isEqualTo("pong");
    assertThat(reply.kind()).isEqualTo(PostedMessage.Kind.INTERACTION_REPLY);
  }

  @Test
  @DisplayName("a deferred slash command reads its attachment option and answers with a follow-up")
  void deferredSlashCommandWithAttachment() {
    // given a file served by the local Discord
    LocalAttachment file = discord.attachment("programma.txt", "Opening 09:00".getBytes(StandardCharsets.UTF_8));

    // when anna runs /lees with that file
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("bestand", file);
    LocalInteraction lees = discord.sendSlashCommand(anna, algemeen, "lees", options);

    // then the bot defers, downloads the file and sends its text as a follow-up
    assertThat(discord.awaitInteractionResponse(lees.id(), WAIT).type()).isEqualTo(5);
    PostedMessage followUp = discord.awaitPosted(
        m -> lees.id().equals(m.interactionId()) && m.kind() == PostedMessage.Kind.FOLLOW_UP, WAIT);
    assertThat(followUp.content()).isEqualTo("programma.txt: Opening 09:00");
  }

  @Test
  @DisplayName("autocomplete is answered with choices")
  void autocompleteIsAnswered() {
    // given the ready bot

    // when anna types "za" in option zaal of /zoek
    LocalInteraction typing = discord.sendAutocomplete(anna, algemeen, "zoek", Map.of("zaal", "za"), "zaal");

    // then the bot offers the matching rooms (callback type 8)
    InteractionResponse response = discord.awaitInteractionResponse(typing.id(), WAIT);
    assertThat(response.type()).isEqualTo(8);
    assertThat(response.data().getArray("choices").stream(DataArray::getObject).map(c -> c.getString("name")))
        .containsExactly("zaal 1", "zaal 2");
  }

  @Test
  @DisplayName("after a dropped TCP connection the bot resumes and answers a message sent meanwhile once")
  void resumesAfterDroppedConnection() {
    // given the ready bot

    // when the connection drops and anna writes while the bot is away
    discord.dropConnection();
    String ping = discord.sendMessage(anna, algemeen, "ping");

    // then the bot resumes (no new IDENTIFY) and answers exactly once
    assertAnsweredOnceAfterResume(ping);
  }

  @Test
  @DisplayName("after close code 4000 the bot resumes and answers a message sent meanwhile once")
  void resumesAfterClose4000() {
    // given the ready bot

    // when the gateway closes with 4000 and anna writes while the bot is away
    discord.closeConnection(4000);
    String ping = discord.sendMessage(anna, algemeen, "ping");

    // then the bot resumes (no new IDENTIFY) and answers exactly once
    assertAnsweredOnceAfterResume(ping);
  }

  @Test
  @DisplayName("a 429 on the reply is retried after Retry-After and the reply arrives once")
  void rateLimitedReplyIsRetried() {
    // given the next message post fails with 429, Retry-After 1
    discord.failNextRestCallWith429(1, call -> call.path().endsWith("/messages"));

    // when anna writes "ping"
    String ping = discord.sendMessage(anna, algemeen, "ping");

    // then the post is retried and the reply arrives once
    discord.awaitReplyTo(ping, WAIT);
    String messages = "channels/" + algemeen.id() + "/messages";
    discord.awaitRestCall(call -> call.path().equals(messages) && call.status() == 200, WAIT);
    assertThat(discord.restCalls())
        .filteredOn(call -> call.path().equals(messages))
        .extracting(RestCall::status)
        .containsExactly(429, 200);
    String barrier = discord.sendMessage(anna, algemeen, "ping");
    discord.awaitReplyTo(barrier, WAIT);
    assertThat(discord.posted()).filteredOn(m -> ping.equals(m.referencedMessageId())).hasSize(1);
  }

  @Test
  @DisplayName("registered slash commands are recorded with ids")
  void registeredCommandsAreRecorded() {
    // given the ready bot

    // when it registers its commands
    jda.updateCommands().addCommands(
            Commands.slash("ping", "Antwoordt pong"),
            Commands.slash("lees", "Leest een bestand").addOption(OptionType.ATTACHMENT, "bestand", "Het bestand", true))
        .complete();

    // then the local Discord has both, with ids, and a slash command uses that id
    assertThat(discord.registeredCommands()).extracting(c -> c.getString("name")).containsExactly("ping", "lees");
    assertThat(discord.registeredCommands()).allSatisfy(c -> assertThat(c.getString("id")).isNotBlank());
    DataObject lees = discord.awaitRegisteredCommand("lees", WAIT);
    assertThat(lees.getArray("options").getObject(0).getInt("type")).isEqualTo(11);
  }

  @Test
  @DisplayName("a shard manager finds the gateway through GET /gateway/bot and answers too")
  void shardManagerUsesGatewayBot() throws Exception {
    // given the plain JDA of setUp is stopped, and a shard manager whose session controller asks REST for the
    // gateway (SessionControllerAdapter: the default ConcurrentSessionController keeps a non-daemon worker
    // sleeping 5 s after every IDENTIFY)
    jda.shutdown();
    jda.awaitShutdown(Duration.ofSeconds(5));
    jda = null;
    ShardManager shards = DefaultShardManagerBuilder.createLight(discord.botToken(),
            GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
        .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
        .setSessionController(new SessionControllerAdapter())
        .setCompression(Compression.NONE)
        .setGatewayEncoding(GatewayEncoding.JSON)
        .addEventListeners(new PingPong())
        .build();
    try {
      discord.awaitIdentified(2, WAIT);
      // (a message sent before the shard has handled READY is not dispatched to it: on a busy machine it was lost)
      // (awaitReady has no timeout of its own: bounded here, on a daemon thread of the common pool)
      for (JDA shard : shards.getShards()) {
        CompletableFuture.runAsync(() -> {
          try {
            shard.awaitReady();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }).get(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      }

      // when anna writes "ping"
      String ping = discord.sendMessage(anna, algemeen, "ping");

      // then the shard answers, after asking REST for the gateway
      assertThat(discord.awaitReplyTo(ping, WAIT).content()).isEqualTo("pong");
      assertThat(discord.restCalls()).extracting(RestCall::path).contains("gateway/bot");
    } finally {
      shards.shutdown();
      for (JDA shard : shards.getShards()) {
        shard.awaitShutdown(Duration.ofSeconds(5));
      }
    }
  }

  private void assertAnsweredOnceAfterResume(String ping) {
    PostedMessage reply = discord.awaitReplyTo(ping, WAIT);
    assertThat(reply.content()).isEqualTo("pong");
    String barrier = discord.sendMessage(anna, algemeen, "ping");
    discord.awaitReplyTo(barrier, WAIT);
    assertThat(discord.posted()).filteredOn(m -> ping.equals(m.referencedMessageId())).hasSize(1);
    assertThat(discord.resumeCount()).isEqualTo(1);
    assertThat(discord.identifyCount()).isEqualTo(1);
  }

  /** JDABuilder takes the gateway URL from the session controller, not from REST. */
  private static final class LocalSessionController extends SessionControllerAdapter {
    private final String gatewayUrl;

    LocalSessionController(String gatewayUrl) {
      this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
      return gatewayUrl;
    }
  }

  /** The smallest bot: "ping" → "pong", /ping, /lees with a file, /zoek autocomplete. */
  private static final class PingPong extends ListenerAdapter {
    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
      if (!event.getAuthor().isBot() && event.getMessage().getContentRaw().equals("ping")) {
        event.getMessage().reply("pong").queue();
      }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
      switch (event.getName()) {
        case "ping" -> event.reply("pong").queue();
        case "lees" -> {
          event.deferReply().queue();
          Message.Attachment file = event.getOption("bestand").getAsAttachment();
          // Not file.getProxy().download(): FileProxy's static OkHttpClient keeps a non-daemon dispatcher
          // thread alive for 60 s after JDA has shut down.
          CompletableFuture.supplyAsync(() -> read(file.getUrl())).thenAccept(text -> event.getHook()
              .sendMessage(file.getFileName() + ": " + text).queue());
        }
        default -> event.reply("?").queue();
      }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
      String typed = event.getFocusedOption().getValue();
      event.replyChoiceStrings(
              java.util.stream.Stream.of("zaal 1", "zaal 2", "foyer").filter(z -> z.startsWith(typed)).toList())
          .queue();
    }

    private static String read(String url) {
      try (InputStream in = URI.create(url).toURL().openStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
