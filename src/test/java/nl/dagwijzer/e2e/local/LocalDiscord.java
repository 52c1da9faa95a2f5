package nl.dagwijzer.e2e.local;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import nl.dagwijzer.e2e.local.RestServer.Request;
import nl.dagwijzer.e2e.local.RestServer.Response;

/**
 * A small Discord on 127.0.0.1 for end-to-end tests: REST on {@link #restUrl()}, the gateway on {@link #gatewayUrl()},
 * one guild with the channels, roles and members the test declares. The test plays the users ({@link #sendMessage},
 * {@link #sendSlashCommand}, ...) and checks what the bot posted ({@link #awaitPosted}). One bot session (one shard)
 * at a time. Thread-safe.
 *
 * <pre>{@code
 * try (LocalDiscord discord = LocalDiscord.builder().textChannel("algemeen").member("anna").build().start()) {
 *   // start the bot with restUrl(), gatewayUrl() and botToken(), wait until it is ready, then:
 *   String id = discord.sendMessage(discord.member("anna"), discord.channel("algemeen"), "ping");
 *   PostedMessage reply = discord.awaitPosted(m -> id.equals(m.referencedMessageId()), Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class LocalDiscord implements AutoCloseable {
  /** VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY, ADD_REACTIONS, USE_APPLICATION_COMMANDS. */
  public static final long DEFAULT_EVERYONE_PERMISSIONS =
      (1L << 10) | (1L << 11) | (1L << 14) | (1L << 15) | (1L << 16) | (1L << 6) | (1L << 31);

  private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d+)>");
  private static final Pattern ROLE_MENTION = Pattern.compile("<@&(\\d+)>");

  private final String botToken = "local-" + UUID.randomUUID();
  private final LocalUser botUser;
  private final String guildId;
  private final String guildName;
  private final long everyonePermissions;
  private final List<LocalRole> roles;
  private final List<LocalChannel> channels;
  private final List<LocalMember> members; // the bot's own member first

  private final Map<String, String> dmChannelByUser = new ConcurrentHashMap<>();
  private final java.util.Set<String> closedDms = ConcurrentHashMap.newKeySet(); // user ids
  private final LocalScheduledEvents scheduledEvents;
  private final Map<String, LocalUser> userByDmChannel = new ConcurrentHashMap<>();
  private final Map<String, LocalAttachment> attachments = new ConcurrentHashMap<>();
  private final Map<String, InteractionState> interactions = new ConcurrentHashMap<>();
  private final Map<String, DataObject> commands = new LinkedHashMap<>(); // guarded by itself
  private final List<Injected> injectedFailures = new CopyOnWriteArrayList<>();
  private final Map<String, Long> dispatchedNanos = new ConcurrentHashMap<>(); // user message id -> nanoTime
  private final Map<String, Long> receivedNanos = new ConcurrentHashMap<>(); // posted message id -> nanoTime
  private final Map<String, Nonce> nonces = new LinkedHashMap<>(); // channel messages by nonce; guarded by itself
  private final AtomicInteger nonceRepeats = new AtomicInteger();

  private final Recorder<PostedMessage> posted = new Recorder<>("posted message");
  private final Recorder<InteractionResponse> interactionResponses = new Recorder<>("interaction response");
  private final Recorder<RestCall> restCalls = new Recorder<>("REST call");
  private final Recorder<String> gatewayLog = new Recorder<>("gateway event");
  private final Recorder<DataObject> commandRegistrations = new Recorder<>("command registration");

  private GatewayServer gateway;
  private RestServer rest;
  private boolean closed; // guarded by this

  private record InteractionState(
      String id, String token, String channelId, int type, LocalMember member, Object[] original) {}

  private record Injected(Predicate<RestCall> matches, Response response) {}

  /** A channel message created with a nonce, and when (for Discord's window of a few minutes). */
  private record Nonce(PostedMessage message, long createdNanos) {}

  /** How long a nonce is remembered; Discord says "the past few minutes". */
  static final Duration NONCE_WINDOW = Duration.ofMinutes(5);

  private LocalDiscord(Builder builder) {
    this.botUser = new LocalUser(Snowflakes.next(), builder.botName, true);
    this.guildId = Snowflakes.next();
    this.guildName = builder.guildName;
    this.everyonePermissions = builder.everyonePermissions;
    this.roles = List.copyOf(builder.roles);
    this.channels = List.copyOf(builder.channels);
    List<LocalMember> all = new ArrayList<>();
    all.add(new LocalMember(botUser, builder.botRoles.stream().map(this::role).toList()));
    builder.members.forEach((name, spec) -> all.add(new LocalMember(
        new LocalUser(Snowflakes.next(), name, spec.bot()), spec.roles().stream().map(this::role).toList())));
    this.members = List.copyOf(all);
    this.scheduledEvents = new LocalScheduledEvents(guildId, botUser);
  }

  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- lifecycle

  /** Starts REST and the gateway on free ports of 127.0.0.1. */
  public synchronized LocalDiscord start() {
    if (rest != null || closed) {
      throw new IllegalStateException("Already started");
    }
    try {
      rest = new RestServer(new Api(), restCalls);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot open the REST port", e);
    }
    gateway = new GatewayServer(this::readyEvent, () -> List.of(guildCreateEvent()), this::membersChunkEvent, gatewayLog);
    rest.start();
    gateway.startAndWait();
    return this;
  }

  /** Stops both servers; their threads end and their ports close. Calling it again does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (gateway != null) {
      try {
        gateway.shutdown();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (rest != null) {
      rest.stop();
    }
  }

  // ---------------------------------------------------------------- where and who

  /** {@code http://127.0.0.1:<port>/api/v10/}, for JDA's {@code RestConfig#setBaseUrl}. */
  public String restUrl() {
    return "http://127.0.0.1:" + restPort() + RestServer.API_PREFIX;
  }

  /** {@code ws://127.0.0.1:<port>/}; JDA adds {@code ?encoding=json&v=10}. */
  public String gatewayUrl() {
    started();
    return "ws://127.0.0.1:" + gateway.getPort() + "/";
  }

  public String botToken() {
    return botToken;
  }

  public LocalUser botUser() {
    return botUser;
  }

  /** The application id; as for current Discord bots, the same as the bot user's id. */
  public String applicationId() {
    return botUser.id();
  }

  public String guildId() {
    return guildId;
  }

  public LocalChannel channel(String name) {
    return channels.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No channel " + name + " in " + channels));
  }

  public LocalRole role(String name) {
    return roles.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No role " + name + " in " + roles));
  }

  public LocalMember member(String username) {
    return members.stream().filter(m -> m.user().username().equals(username)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No member " + username));
  }

  public List<LocalMember> members() {
    return members;
  }

  /** The DM channel between the bot and {@code user} (made on first use, as Discord does). */
  public String dmChannelId(LocalUser user) {
    String id = dmChannelByUser.computeIfAbsent(user.id(), u -> Snowflakes.next());
    userByDmChannel.putIfAbsent(id, user);
    return id;
  }

  /**
   * From now on {@code user} accepts no direct messages from the bot: a message to their DM channel gets Discord's
   * 403 with code 50007 ("Cannot send messages to this user"), as when a member turned DMs from the server off.
   */
  public void closeDirectMessages(LocalUser user) {
    closedDms.add(user.id());
  }

  /** The guild's scheduled events now, the bot's and others'. */
  public List<LocalScheduledEvent> scheduledEvents() {
    return scheduledEvents.all();
  }

  /** A scheduled event made by a member (not the bot), e.g. to fill the guild up to Discord's limit. */
  public LocalScheduledEvent addScheduledEvent(String name, OffsetDateTime start, OffsetDateTime end,
                                              String location) {
    return scheduledEvents.addOthers(name, start, end, location);
  }

  // ---------------------------------------------------------------- the test plays the users

  /** {@code member} writes {@code content} in a guild channel; returns the new message's id. */
  public String sendMessage(LocalMember member, LocalChannel channel, String content) {
    return sendMessage(member, channel, content, List.of());
  }

  /** As {@link #sendMessage(LocalMember, LocalChannel, String)}, with files attached. */
  public String sendMessage(LocalMember member, LocalChannel channel, String content, List<LocalAttachment> files) {
    String id = Snowflakes.next();
    DataObject message = userMessage(id, channel.id(), member.user(), content, files)
        .put("guild_id", guildId)
        .put("member", memberJson(member, false));
    started().dispatch("MESSAGE_CREATE", message);
    dispatchedNanos.put(id, System.nanoTime());
    return id;
  }

  /** {@code user} writes {@code content} to the bot in a DM; returns the new message's id. */
  public String sendDirectMessage(LocalUser user, String content) {
    String id = Snowflakes.next();
    started().dispatch("MESSAGE_CREATE", userMessage(id, dmChannelId(user), user, content, List.of())
        .put("channel_type", 1));
    dispatchedNanos.put(id, System.nanoTime());
    return id;
  }

  /** A message written by the bot's own account, as Discord echoes what the bot posts. */
  public String sendMessageFromBot(LocalChannel channel, String content) {
    return sendMessage(members.get(0), channel, content);
  }

  /**
   * {@code member} runs slash command {@code name} ({@code "programma vandaag"} for a sub-command) in a guild channel.
   * Option values: String (3), Integer/Long (4), Boolean (5), LocalMember (6), LocalChannel (7), LocalRole (8),
   * Double (10), LocalAttachment (11); a {@link LinkedHashMap} keeps their order.
   */
  public LocalInteraction sendSlashCommand(
      LocalMember member, LocalChannel channel, String name, Map<String, ?> options) {
    return sendCommandInteraction(2, member, channel, name, options, null);
  }

  /** {@code member} is typing option {@code focusedOption} of command {@code name}; the bot answers with choices. */
  public LocalInteraction sendAutocomplete(
      LocalMember member, LocalChannel channel, String name, Map<String, ?> options, String focusedOption) {
    if (!options.containsKey(focusedOption)) {
      throw new IllegalArgumentException("The focused option " + focusedOption + " must be among " + options.keySet());
    }
    return sendCommandInteraction(4, member, channel, name, options, focusedOption);
  }

  /**
   * {@code member} picks {@code values} in the string select menu {@code customId} under the bot's message
   * {@code message} (INTERACTION_CREATE type 3). An ephemeral message is sent as only its id and flags, as Discord
   * does. The bot answers with a callback, e.g. type 7 (update the message).
   */
  public LocalInteraction sendStringSelect(LocalMember member, LocalChannel channel, PostedMessage message,
                                           String customId, String... values) {
    DataArray chosen = DataArray.empty();
    for (String value : values) {
      chosen.add(value);
    }
    DataObject data = DataObject.empty().put("custom_id", customId).put("component_type", 3).put("values", chosen);
    DataObject messageJson = message.ephemeral()
        ? DataObject.empty().put("id", message.id()).put("flags", message.flags())
        : botMessageJson(message, true);
    return sendInteraction(3, member, channel, data, messageJson);
  }

  /** A file served by this server, to put in a slash command option or a user's message. */
  public LocalAttachment attachment(String filename, byte[] bytes) {
    String type = filename.endsWith(".json") ? "application/json; charset=utf-8"
        : filename.endsWith(".txt") ? "text/plain; charset=utf-8" : "application/octet-stream";
    return attachment(filename, type, bytes);
  }

  public LocalAttachment attachment(String filename, String contentType, byte[] bytes) {
    String id = Snowflakes.next();
    String url = "http://127.0.0.1:" + restPort() + RestServer.ATTACHMENTS_PREFIX + id + "/" + filename;
    LocalAttachment attachment = new LocalAttachment(id, filename, contentType, bytes, url);
    attachments.put(id, attachment);
    return attachment;
  }

  // ---------------------------------------------------------------- faults

  /** Closes the gateway's TCP connection without a close frame; the bot should RESUME. */
  public void dropConnection() {
    started().dropConnection();
  }

  /** Closes the gateway connection with a close frame carrying {@code code} (4000: unknown error, resumable). */
  public void closeConnection(int code) {
    started().closeConnection(code);
  }

  /** Sends op 7 RECONNECT; the bot should reconnect and RESUME. */
  public void requestReconnect() {
    started().requestReconnect();
  }

  /** The next REST call gets a 429 with {@code Retry-After} (and {@code Via}, so JDA sees no Cloudflare ban). */
  public void failNextRestCallWith429(int retryAfterSeconds) {
    failNextRestCallWith429(retryAfterSeconds, call -> true);
  }

  /** The next REST call that {@code matches} gets a 429. */
  public void failNextRestCallWith429(int retryAfterSeconds, Predicate<RestCall> matches) {
    String body = DataObject.empty()
        .put("message", "You are being rate limited.")
        .put("retry_after", (double) retryAfterSeconds)
        .put("global", false)
        .toString();
    injectedFailures.add(new Injected(matches, new Response(429, body, List.of(
        new String[] {"Retry-After", Integer.toString(retryAfterSeconds)},
        new String[] {"Via", "1.1 google"},
        new String[] {"X-RateLimit-Scope", "user"}))));
  }

  // ---------------------------------------------------------------- what the bot did

  /** Every message the bot posted, in order. */
  /**
   * How many channel messages were answered with the message an earlier post with the same nonce had created
   * ({@code enforce_nonce}, which JDA always sends): repeats that Discord does not show twice.
   */
  public int nonceRepeats() {
    return nonceRepeats.get();
  }

  public List<PostedMessage> posted() {
    return posted.all();
  }

  /**
   * {@link System#nanoTime()} just after the MESSAGE_CREATE of user message {@code messageId} was handed to the
   * gateway connection (or kept for the RESUME while the bot was away); for latency figures.
   */
  public long dispatchedNanos(String messageId) {
    Long nanos = dispatchedNanos.get(messageId);
    if (nanos == null) {
      throw new IllegalArgumentException("No user message " + messageId + " was sent");
    }
    return nanos;
  }

  /** {@link System#nanoTime()} when the request that posted {@code message} reached the REST server (first time). */
  public long receivedNanos(PostedMessage message) {
    Long nanos = receivedNanos.get(message.id());
    if (nanos == null) {
      throw new IllegalArgumentException("Not posted here: " + message);
    }
    return nanos;
  }

  /** The first posted message (before or during the wait) that matches; AssertionError on timeout. */
  public PostedMessage awaitPosted(Predicate<PostedMessage> condition, Duration timeout) {
    return posted.await(condition, timeout);
  }

  /** The bot's reply to message {@code messageId} (with {@code message_reference}). */
  public PostedMessage awaitReplyTo(String messageId, Duration timeout) {
    return awaitPosted(m -> messageId.equals(m.referencedMessageId()), timeout);
  }

  /** The bot's callback (type 4, 5, 8, ...) to the interaction. */
  public InteractionResponse awaitInteractionResponse(String interactionId, Duration timeout) {
    return interactionResponses.await(r -> r.interactionId().equals(interactionId), timeout);
  }

  public List<InteractionResponse> interactionResponses() {
    return interactionResponses.all();
  }

  /** The commands registered now, global ones and guild ones ({@code guild_id} set), as returned to the bot. */
  public List<DataObject> registeredCommands() {
    synchronized (commands) {
      return commands.values().stream().map(c -> DataObject.fromJson(c.toString())).toList();
    }
  }

  /** Waits until the bot has registered a command named {@code name}. */
  public DataObject awaitRegisteredCommand(String name, Duration timeout) {
    return commandRegistrations.await(c -> name.equals(c.getString("name", null)), timeout);
  }

  /** Every REST call received, with the status it got. */
  public List<RestCall> restCalls() {
    return restCalls.all();
  }

  public RestCall awaitRestCall(Predicate<RestCall> condition, Duration timeout) {
    return restCalls.await(condition, timeout);
  }

  /** How often the bot started a new session (IDENTIFY). */
  public long identifyCount() {
    return gatewayLog.all().stream().filter("IDENTIFY"::equals).count();
  }

  /** How often the bot resumed its session. */
  public long resumeCount() {
    return gatewayLog.all().stream().filter("RESUME"::equals).count();
  }

  /** Waits until the bot has identified {@code count} times in all (1: its first login is done). */
  public void awaitIdentified(int count, Duration timeout) {
    awaitGatewayLog("IDENTIFY", count, timeout);
  }

  /** Waits until the bot has resumed {@code count} times in all. */
  public void awaitResumed(int count, Duration timeout) {
    awaitGatewayLog("RESUME", count, timeout);
  }

  /** Whether the bot holds a gateway connection that receives events now. */
  public boolean botConnected() {
    return started().connected();
  }

  private void awaitGatewayLog(String event, int count, Duration timeout) {
    int[] seen = {0};
    gatewayLog.await(e -> e.equals(event) && ++seen[0] >= count, timeout);
  }

  // ---------------------------------------------------------------- gateway payloads

  private GatewayServer started() {
    if (gateway == null) {
      throw new IllegalStateException("Call start() first");
    }
    return gateway;
  }

  private int restPort() {
    started();
    return rest.port();
  }

  private DataObject readyEvent() {
    return DataObject.empty()
        .put("v", 10)
        .put("user", botUser.toJson().put("verified", true).put("mfa_enabled", false).put("flags", 0))
        .put("guilds", DataArray.empty().add(DataObject.empty().put("id", guildId).put("unavailable", true)))
        .put("private_channels", DataArray.empty())
        .put("relationships", DataArray.empty())
        .put("presences", DataArray.empty())
        .put("resume_gateway_url", gatewayUrl())
        .put("application", DataObject.empty().put("id", applicationId()).put("flags", 0))
        .put("shard", DataArray.empty().add(0).add(1));
  }

  private DataObject guildCreateEvent() {
    DataArray roleArray = DataArray.empty().add(roleJson(guildId, "@everyone", everyonePermissions, 0));
    for (int i = 0; i < roles.size(); i++) {
      LocalRole role = roles.get(i);
      roleArray.add(roleJson(role.id(), role.name(), role.permissions(), i + 1));
    }
    DataArray channelArray = DataArray.empty();
    for (int i = 0; i < channels.size(); i++) {
      channelArray.add(channelJson(channels.get(i)).put("position", i));
    }
    DataArray memberArray = DataArray.empty();
    members.forEach(m -> memberArray.add(memberJson(m, true)));
    return DataObject.empty()
        .put("id", guildId)
        .put("name", guildName)
        .put("unavailable", false)
        .put("owner_id", Snowflakes.next()) // nobody here: owners get every permission, which would hide checks
        .put("afk_timeout", 300)
        .put("verification_level", 0)
        .put("default_message_notifications", 0)
        .put("explicit_content_filter", 0)
        .put("mfa_level", 0)
        .put("nsfw_level", 0)
        .put("premium_tier", 0)
        .put("preferred_locale", "nl")
        .put("features", DataArray.empty())
        .put("large", false)
        .put("joined_at", now())
        .put("member_count", members.size())
        .put("members", memberArray)
        .put("roles", roleArray)
        .put("channels", channelArray)
        .put("threads", DataArray.empty())
        .put("emojis", DataArray.empty())
        .put("stickers", DataArray.empty())
        .put("voice_states", DataArray.empty())
        .put("presences", DataArray.empty())
        .put("stage_instances", DataArray.empty())
        .put("guild_scheduled_events", DataArray.empty())
        .put("soundboard_sounds", DataArray.empty());
  }

  private DataObject membersChunkEvent() {
    DataArray memberArray = DataArray.empty();
    members.forEach(m -> memberArray.add(memberJson(m, true)));
    return DataObject.empty()
        .put("guild_id", guildId)
        .put("members", memberArray)
        .put("chunk_index", 0)
        .put("chunk_count", 1);
  }

  private static DataObject roleJson(String id, String name, long permissions, int position) {
    return DataObject.empty()
        .put("id", id)
        .put("name", name)
        .put("position", position)
        .put("permissions", Long.toString(permissions))
        .put("color", 0)
        .put("colors", DataObject.empty().put("primary_color", 0))
        .put("hoist", false)
        .put("managed", false)
        .put("mentionable", true)
        .put("flags", 0);
  }

  private DataObject channelJson(LocalChannel channel) {
    return DataObject.empty()
        .put("id", channel.id())
        .put("type", 0)
        .put("guild_id", guildId)
        .put("name", channel.name())
        .put("position", channels.indexOf(channel))
        .put("permission_overwrites", DataArray.empty())
        .put("nsfw", false)
        .put("rate_limit_per_user", 0)
        .put("parent_id", null)
        .put("topic", null)
        .put("last_message_id", null);
  }

  private DataObject memberJson(LocalMember member, boolean withUser) {
    DataArray roleIds = DataArray.empty();
    member.roles().forEach(r -> roleIds.add(r.id()));
    DataObject json = DataObject.empty()
        .put("roles", roleIds)
        .put("joined_at", now())
        .put("deaf", false)
        .put("mute", false)
        .put("flags", 0)
        .put("nick", null);
    return withUser ? json.put("user", member.user().toJson()) : json;
  }

  private long permissionsOf(LocalMember member) {
    return member.roles().stream().mapToLong(LocalRole::permissions).reduce(everyonePermissions, (a, b) -> a | b);
  }

  private DataObject userMessage(
      String id, String channelId, LocalUser author, String content, List<LocalAttachment> files) {
    DataArray mentions = DataArray.empty();
    Matcher userMention = USER_MENTION.matcher(content);
    while (userMention.find()) {
      String mentioned = userMention.group(1);
      members.stream().filter(m -> m.id().equals(mentioned)).findFirst()
          .ifPresent(m -> mentions.add(m.user().toJson().put("member", memberJson(m, false))));
    }
    DataArray mentionRoles = DataArray.empty();
    Matcher roleMention = ROLE_MENTION.matcher(content);
    while (roleMention.find()) {
      mentionRoles.add(roleMention.group(1));
    }
    DataArray attachmentArray = DataArray.empty();
    files.forEach(f -> attachmentArray.add(f.toJson()));
    return DataObject.empty()
        .put("id", id)
        .put("type", 0)
        .put("channel_id", channelId)
        .put("author", author.toJson())
        .put("content", content)
        .put("timestamp", now())
        .put("edited_timestamp", null)
        .put("tts", false)
        .put("mention_everyone", false)
        .put("mentions", mentions)
        .put("mention_roles", mentionRoles)
        .put("attachments", attachmentArray)
        .put("embeds", DataArray.empty())
        .put("components", DataArray.empty())
        .put("pinned", false)
        .put("flags", 0);
  }

  private LocalInteraction sendCommandInteraction(
      int type, LocalMember member, LocalChannel channel, String name, Map<String, ?> options, String focused) {
    String[] path = name.trim().split("\\s+");
    DataObject resolved = DataObject.empty();
    DataArray leaves = DataArray.empty();
    options.forEach((optionName, value) -> leaves.add(optionJson(optionName, value, resolved)
        .put("focused", optionName.equals(focused))));
    DataArray optionArray = leaves;
    for (int i = path.length - 1; i >= 1; i--) { // wrap in sub-command (type 1) and group (type 2)
      DataObject wrapper = DataObject.empty().put("name", path[i]).put("type", i == path.length - 1 ? 1 : 2)
          .put("options", optionArray);
      optionArray = DataArray.empty().add(wrapper);
    }
    DataObject data = DataObject.empty()
        .put("id", commandId(path[0]))
        .put("name", path[0])
        .put("type", 1)
        .put("options", optionArray)
        .put("resolved", resolved);
    return sendInteraction(type, member, channel, data, null);
  }

  private LocalInteraction sendInteraction(
      int type, LocalMember member, LocalChannel channel, DataObject data, DataObject message) {
    String id = Snowflakes.next();
    String token = "interaction-" + UUID.randomUUID();
    DataObject interaction = DataObject.empty()
        .put("id", id)
        .put("application_id", applicationId())
        .put("type", type)
        .put("token", token)
        .put("version", 1)
        .put("data", data)
        .put("guild_id", guildId)
        .put("guild", DataObject.empty().put("id", guildId).put("locale", "nl").put("features", DataArray.empty()))
        .put("channel_id", channel.id())
        .put("channel", channelJson(channel))
        .put("member", memberJson(member, true).put("permissions", Long.toString(permissionsOf(member))))
        .put("app_permissions", Long.toString(permissionsOf(members.get(0))))
        .put("locale", "nl")
        .put("guild_locale", "nl")
        .put("context", 0)
        .put("authorizing_integration_owners", DataObject.empty().put("0", guildId))
        .put("entitlements", DataArray.empty())
        .put("attachment_size_limit", 26_214_400);
    if (message != null) {
      interaction.put("message", message);
    }
    interactions.put(id, new InteractionState(id, token, channel.id(), type, member, new Object[1]));
    started().dispatch("INTERACTION_CREATE", interaction);
    return new LocalInteraction(id, token, channel.id());
  }

  private DataObject optionJson(String name, Object value, DataObject resolved) {
    DataObject option = DataObject.empty().put("name", name);
    if (value instanceof String text) {
      return option.put("type", 3).put("value", text);
    } else if (value instanceof Integer || value instanceof Long) {
      return option.put("type", 4).put("value", ((Number) value).longValue());
    } else if (value instanceof Boolean flag) {
      return option.put("type", 5).put("value", flag);
    } else if (value instanceof LocalMember member) {
      resolvedMap(resolved, "users").put(member.id(), member.user().toJson());
      resolvedMap(resolved, "members").put(member.id(),
          memberJson(member, false).put("permissions", Long.toString(permissionsOf(member))));
      return option.put("type", 6).put("value", member.id());
    } else if (value instanceof LocalChannel channel) {
      resolvedMap(resolved, "channels").put(channel.id(), channelJson(channel).put("permissions", "0"));
      return option.put("type", 7).put("value", channel.id());
    } else if (value instanceof LocalRole role) {
      resolvedMap(resolved, "roles").put(role.id(),
          roleJson(role.id(), role.name(), role.permissions(), roles.indexOf(role) + 1));
      return option.put("type", 8).put("value", role.id());
    } else if (value instanceof Double number) {
      return option.put("type", 10).put("value", number);
    } else if (value instanceof LocalAttachment attachment) {
      resolvedMap(resolved, "attachments").put(attachment.id(), attachment.toJson());
      return option.put("type", 11).put("value", attachment.id());
    }
    throw new IllegalArgumentException("Unsupported option value for " + name + ": " + value);
  }

  private static DataObject resolvedMap(DataObject resolved, String key) {
    if (!resolved.hasKey(key)) {
      resolved.put(key, DataObject.empty());
    }
    return resolved.getObject(key);
  }

  private String commandId(String name) {
    synchronized (commands) {
      return commands.values().stream().filter(c -> name.equals(c.getString("name")))
          .map(c -> c.getString("id")).findFirst().orElseGet(Snowflakes::next);
    }
  }

  private static String now() {
    return OffsetDateTime.now(ZoneOffset.UTC).toString();
  }

  // ---------------------------------------------------------------- REST

  private final class Api implements RestServer.Api {
    @Override
    public String botToken() {
      return botToken;
    }

    @Override
    public LocalAttachment attachment(String id) {
      return attachments.get(id);
    }

    @Override
    public Response injectedFailure(RestCall call) {
      for (Injected injected : injectedFailures) {
        if (injected.matches().test(call) && injectedFailures.remove(injected)) {
          return injected.response();
        }
      }
      return null;
    }

    @Override
    public Response handle(Request r) {
      String m = r.method();
      String first = r.segment(0);
      int n = r.segments().length;
      if (first.equals("users") && r.segment(1).equals("@me")) {
        if (n == 2 && m.equals("GET")) {
          return Response.json(botUser.toJson().put("verified", true).put("mfa_enabled", false).put("flags", 0));
        }
        if (n == 3 && r.segment(2).equals("channels") && m.equals("POST")) {
          return openDm(r.json().getString("recipient_id"));
        }
      } else if (first.equals("gateway") && m.equals("GET")) {
        DataObject body = DataObject.empty().put("url", gatewayUrl());
        if (n == 2 && r.segment(1).equals("bot")) {
          body.put("shards", 1).put("session_start_limit", DataObject.empty()
              .put("total", 1000).put("remaining", 999).put("reset_after", 0).put("max_concurrency", 1));
        }
        return Response.json(body);
      } else if (first.equals("applications") && r.segment(2).equals("commands") && n == 3) {
        return commands(r, null);
      } else if (first.equals("applications") && r.segment(2).equals("guilds") && r.segment(4).equals("commands")
          && n == 5) {
        return commands(r, r.segment(3));
      } else if (first.equals("channels")) {
        return channel(r);
      } else if (first.equals("interactions") && n == 4 && r.segment(3).equals("callback") && m.equals("POST")) {
        return callback(r, r.segment(1), r.segment(2));
      } else if (first.equals("webhooks") && n >= 3) {
        return webhook(r, r.segment(2));
      } else if (first.equals("guilds") && r.segment(2).equals("scheduled-events")) {
        return scheduledEvents.handle(r);
      }
      return null; // 404
    }

    private Response openDm(String userId) {
      LocalUser user = members.stream().map(LocalMember::user).filter(u -> u.id().equals(userId)).findFirst()
          .orElse(null);
      if (user == null) {
        return Response.error(404, 10013, "Unknown User");
      }
      return Response.json(DataObject.empty()
          .put("id", dmChannelId(user))
          .put("type", 1)
          .put("last_message_id", null)
          .put("recipients", DataArray.empty().add(user.toJson())));
    }

    private Response commands(Request r, String commandGuild) {
      String scope = commandGuild == null ? "global" : commandGuild;
      synchronized (commands) {
        switch (r.method()) {
          case "GET" -> {
            DataArray result = DataArray.empty();
            commands.forEach((key, c) -> {
              if (key.startsWith(scope + ":")) {
                result.add(c);
              }
            });
            return Response.json(result);
          }
          case "PUT" -> {
            commands.keySet().removeIf(key -> key.startsWith(scope + ":"));
            DataArray sent = r.rawBody() == null ? DataArray.empty() : DataArray.fromJson(r.rawBody());
            DataArray result = DataArray.empty();
            sent.stream(DataArray::getObject).forEach(c -> result.add(register(scope, commandGuild, c)));
            return Response.json(result);
          }
          case "POST" -> {
            return Response.json(register(scope, commandGuild, r.json()));
          }
          default -> {
            return null;
          }
        }
      }
    }

    private DataObject register(String scope, String commandGuild, DataObject command) {
      String id = Snowflakes.next();
      DataObject stored = DataObject.fromJson(command.toString())
          .put("id", id)
          .put("application_id", applicationId())
          .put("version", id)
          .put("type", command.getInt("type", 1))
          .put("guild_id", commandGuild);
      commands.put(scope + ":" + command.getString("name"), stored);
      commandRegistrations.add(DataObject.fromJson(stored.toString()));
      return stored;
    }

    private Response channel(Request r) {
      String channelId = r.segment(1);
      boolean guildChannel = channels.stream().anyMatch(c -> c.id().equals(channelId));
      if (!guildChannel && !userByDmChannel.containsKey(channelId)) {
        return Response.error(404, 10003, "Unknown Channel");
      }
      String sub = r.segment(2);
      int n = r.segments().length;
      if (sub.equals("typing") && r.method().equals("POST")) {
        return Response.noContent();
      }
      if (!sub.equals("messages")) {
        return null;
      }
      if (n == 3 && r.method().equals("POST") && !guildChannel
          && closedDms.contains(userByDmChannel.get(channelId).id())) {
        return Response.error(403, 50007, "Cannot send messages to this user");
      }
      if (n == 3 && r.method().equals("POST")) {
        String nonce = r.json().getBoolean("enforce_nonce", false) ? r.json().getString("nonce", null) : null;
        if (nonce == null) {
          return created(record(PostedMessage.Kind.CHANNEL_MESSAGE, Snowflakes.next(), channelId, null, r),
              guildChannel);
        }
        synchronized (nonces) {
          Nonce earlier = nonces.get(nonce);
          if (earlier != null && System.nanoTime() - earlier.createdNanos() < NONCE_WINDOW.toNanos()) {
            nonceRepeats.incrementAndGet(); // as Discord: the message it has, and no new one
            return Response.json(botMessageJson(earlier.message(), guildChannel));
          }
          PostedMessage message = record(PostedMessage.Kind.CHANNEL_MESSAGE, Snowflakes.next(), channelId, null, r);
          nonces.put(nonce, new Nonce(message, System.nanoTime()));
          return created(message, guildChannel);
        }
      }
      if (n == 4 && r.method().equals("PATCH")) {
        PostedMessage message = record(PostedMessage.Kind.EDIT, r.segment(3), channelId, null, r);
        return Response.json(botMessageJson(message, guildChannel));
      }
      if (n == 4 && r.method().equals("DELETE")) {
        return Response.noContent();
      }
      if (n >= 5 && r.segment(4).equals("reactions")) {
        return Response.noContent();
      }
      return null;
    }

    /** The answer to a new channel message, which Discord also echoes on the gateway. */
    private Response created(PostedMessage message, boolean guildChannel) {
      DataObject json = botMessageJson(message, guildChannel);
      if (guildChannel) {
        gateway.dispatch("MESSAGE_CREATE", DataObject.fromJson(json.toString())); // Discord echoes it
      }
      return Response.json(json);
    }

    private Response callback(Request r, String interactionId, String token) {
      InteractionState state = interactions.get(interactionId);
      if (state == null || !state.token().equals(token)) {
        return Response.error(404, 10062, "Unknown interaction");
      }
      int type = r.json().getInt("type");
      DataObject data = r.json().optObject("data").orElseGet(DataObject::empty);
      synchronized (state) {
        if (state.original()[0] != null) {
          return Response.error(400, 40060, "Interaction has already been acknowledged.");
        }
        state.original()[0] = Snowflakes.next();
      }
      String originalId = (String) state.original()[0];
      PostedMessage message = null;
      if (type == 4 || type == 7) {
        Request asMessage = new Request(r.method(), r.path(), r.segments(), r.query(), data, r.files(), null);
        message = record(PostedMessage.Kind.INTERACTION_REPLY, originalId, state.channelId(), interactionId, asMessage);
      }
      interactionResponses.add(new InteractionResponse(interactionId, type, data));
      if (!r.queryFlag("with_response")) {
        return Response.noContent();
      }
      DataObject resource = DataObject.empty().put("type", type);
      if (message != null) {
        resource.put("message", botMessageJson(message, true).put("webhook_id", applicationId()));
      }
      return Response.json(DataObject.empty()
          .put("interaction", DataObject.empty()
              .put("id", interactionId)
              .put("type", state.type())
              .put("response_message_id", originalId)
              .put("response_message_loading", type == 5)
              .put("response_message_ephemeral", (data.getInt("flags", 0) & 64) != 0))
          .put("resource", resource));
    }

    private Response webhook(Request r, String token) {
      InteractionState state = interactions.values().stream().filter(s -> s.token().equals(token)).findFirst()
          .orElse(null);
      String originalId = state == null ? null : (String) state.original()[0];
      if (originalId == null) { // unknown, or not acknowledged yet: Discord knows no webhook then
        return Response.error(404, 10015, "Unknown Webhook");
      }
      int n = r.segments().length;
      if (n == 3 && r.method().equals("POST")) {
        PostedMessage message = record(PostedMessage.Kind.FOLLOW_UP, Snowflakes.next(), state.channelId(), state.id(), r);
        return r.queryFlag("wait") ? Response.json(botMessageJson(message, true).put("webhook_id", applicationId()))
            : Response.noContent();
      }
      if (n == 5 && r.segment(3).equals("messages")) {
        String messageId = r.segment(4).equals("@original") ? originalId : r.segment(4);
        switch (r.method()) {
          case "PATCH" -> {
            PostedMessage message = record(PostedMessage.Kind.EDIT, messageId, state.channelId(), state.id(), r);
            return Response.json(botMessageJson(message, true).put("webhook_id", applicationId()));
          }
          case "DELETE" -> {
            return Response.noContent();
          }
          case "GET" -> {
            PostedMessage last = posted.all().stream().filter(p -> p.id().equals(messageId))
                .reduce((a, b) -> b).orElse(null);
            return last == null ? Response.error(404, 10008, "Unknown Message")
                : Response.json(botMessageJson(last, true).put("webhook_id", applicationId()));
          }
          default -> {
            return null;
          }
        }
      }
      return null;
    }
  }

  private PostedMessage record(
      PostedMessage.Kind kind, String id, String channelId, String interactionId, Request r) {
    receivedNanos.putIfAbsent(id, System.nanoTime());
    DataObject payload = r.json();
    List<LocalAttachment> files = new ArrayList<>();
    for (Multipart.Part part : r.files()) {
      String fileId = Snowflakes.next();
      String url = "http://127.0.0.1:" + rest.port() + RestServer.ATTACHMENTS_PREFIX + fileId + "/" + part.filename();
      LocalAttachment file = new LocalAttachment(fileId, part.filename(), part.contentType(), part.body(), url);
      attachments.put(fileId, file);
      files.add(file);
    }
    List<DataObject> embeds = payload.optArray("embeds").map(a -> a.stream(DataArray::getObject).toList())
        .orElse(List.of());
    PostedMessage message = new PostedMessage(
        id,
        kind,
        channelId,
        interactionId,
        payload.getString("content", ""),
        embeds,
        payload.optObject("message_reference").map(ref -> ref.getString("message_id", null)).orElse(null),
        payload.optObject("allowed_mentions").orElse(null),
        payload.getInt("flags", 0),
        files,
        payload);
    posted.add(message);
    return message;
  }

  private DataObject botMessageJson(PostedMessage message, boolean inGuild) {
    DataArray embeds = DataArray.empty();
    // Discord gives every embed it returns a type; bots send none, and JDA refuses to parse an embed without one.
    message.embeds().forEach(embed -> embeds.add(
        DataObject.fromJson(embed.toString()).put("type", embed.getString("type", "rich"))));
    DataArray files = DataArray.empty();
    message.files().forEach(f -> files.add(f.toJson()));
    DataObject json = DataObject.empty()
        .put("id", message.id())
        .put("type", 0)
        .put("channel_id", message.channelId())
        .put("author", botUser.toJson())
        .put("content", message.content())
        .put("embeds", embeds)
        .put("attachments", files)
        .put("components", message.payload().optArray("components").orElseGet(DataArray::empty))
        .put("timestamp", now())
        .put("edited_timestamp", message.kind() == PostedMessage.Kind.EDIT ? now() : null)
        .put("tts", false)
        .put("mention_everyone", false)
        .put("mentions", DataArray.empty())
        .put("mention_roles", DataArray.empty())
        .put("pinned", false)
        .put("flags", message.flags());
    if (inGuild && !userByDmChannel.containsKey(message.channelId())) {
      json.put("guild_id", guildId);
    }
    return json;
  }

  // ---------------------------------------------------------------- builder

  /** Declares the guild: its channels, roles and members (by name; ids are made at build time). */
  public static final class Builder {
    private record MemberSpec(boolean bot, List<String> roles) {}

    private String guildName = "Dagwijzer test";
    private String botName = "Dagwijzer";
    private long everyonePermissions = DEFAULT_EVERYONE_PERMISSIONS;
    private final List<LocalRole> roles = new ArrayList<>();
    private final List<LocalChannel> channels = new ArrayList<>();
    private final Map<String, MemberSpec> members = new LinkedHashMap<>();
    private final List<String> botRoles = new ArrayList<>();

    private Builder() {}

    public Builder guildName(String name) {
      this.guildName = Objects.requireNonNull(name);
      return this;
    }

    public Builder botName(String name) {
      this.botName = Objects.requireNonNull(name);
      return this;
    }

    /** Permissions of @everyone (default {@link #DEFAULT_EVERYONE_PERMISSIONS}). */
    public Builder everyonePermissions(long permissions) {
      this.everyonePermissions = permissions;
      return this;
    }

    public Builder textChannel(String name) {
      channels.add(new LocalChannel(Snowflakes.next(), name));
      return this;
    }

    public Builder role(String name) {
      return role(name, 0);
    }

    public Builder role(String name, long permissions) {
      roles.add(new LocalRole(Snowflakes.next(), name, permissions));
      return this;
    }

    /** A human member with the named roles (declare the roles first). */
    public Builder member(String username, String... roleNames) {
      members.put(username, new MemberSpec(false, List.of(roleNames)));
      return this;
    }

    /** Another bot account in the guild, to check that the bot ignores bots. */
    public Builder otherBot(String username) {
      members.put(username, new MemberSpec(true, List.of()));
      return this;
    }

    /** Roles for the bot's own member. */
    public Builder botRoles(String... roleNames) {
      botRoles.addAll(List.of(roleNames));
      return this;
    }

    /** The server, not started yet. */
    public LocalDiscord build() {
      if (channels.isEmpty()) {
        throw new IllegalStateException("Declare at least one text channel");
      }
      return new LocalDiscord(this);
    }
  }
}
