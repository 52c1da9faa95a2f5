package nl.dagwijzer.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.GuildChannelUnion;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.NamedAttachmentProxy;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import nl.dagwijzer.announce.Announcements;
import nl.dagwijzer.testing.ManualClock;
import nl.dagwijzer.announce.ManualScheduler;
import nl.dagwijzer.announce.RecordingPoster;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.store.StoreException;
import nl.dagwijzer.testing.FlakyState;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.answer.ConversationMemory;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.personal.Choices;
import nl.dagwijzer.personal.MyDays;
import nl.dagwijzer.personal.PersonalAssistant;
import nl.dagwijzer.personal.PersonalRequests;
import nl.dagwijzer.personal.UnansweredQuestions;
import nl.dagwijzer.store.PersonalState;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.testing.Fixtures;
import org.mockito.ArgumentCaptor;

/**
 * The real core (programme.json, trained understander, assistant) behind the Discord listener, a manual clock and
 * scheduler, and Mockito stand-ins for JDA's public event and entity types.
 */
final class Harness {
  static final String BOT_ID = "999";
  static final String ORGANISER_ROLE = "Organisatie";
  static final String MODERATOR_ROLE = "Moderatie";
  private static final Understander UNDERSTANDER = Fixtures.understander();

  final ManualClock clock;
  final ManualScheduler scheduler;
  final RecordingPoster poster = new RecordingPoster();
  final Path programmeFile;
  final Path stateDir;
  final ProgrammeStore store;
  final FlakyState state;
  final Announcements announcements;
  final Questions questions;
  final PersonalState personal;
  final PersonalRequests requests;
  final UnansweredQuestions unanswered;
  final MyDays days;
  /** What a reload is followed by (the Discord events); a test may put a text or a future that never ends here. */
  java.util.concurrent.CompletableFuture<String> afterReload = java.util.concurrent.CompletableFuture
      .completedFuture("");
  final CommandRouter router;
  final DagwijzerListener listener;

  Harness(Path dir) throws IOException {
    clock = new ManualClock(LocalDate.of(2025, 3, 14).atTime(LocalTime.of(10, 50)).atZone(Fixtures.AMSTERDAM)
        .toInstant(), Fixtures.AMSTERDAM);
    scheduler = new ManualScheduler(clock);
    programmeFile = dir.resolve("programme.json");
    Files.copy(Fixtures.PROGRAMME, programmeFile);
    stateDir = dir.resolve("state");
    store = Fixtures.store(programmeFile);
    Assistant assistant = new Assistant(store, UNDERSTANDER, clock, new ConversationMemory(clock,
        Duration.ofMinutes(15)));
    try {
      state = new FlakyState(StateDatabase.open(stateDir, Fixtures.AMSTERDAM, clock));
      personal = state.personal();
      Choices choices = new Choices(store, personal.choices(), clock);
      requests = new PersonalRequests(choices, personal.settings(), 10);
      days = new MyDays(choices, personal.settings(), personal.messages(), 10);
      unanswered = new UnansweredQuestions(personal.unanswered(), store, clock);
      questions = new Questions(new PersonalAssistant(assistant, requests, Optional.of(unanswered)),
          new FloodGuard(clock, 5, Duration.ofSeconds(30)));
      announcements = new Announcements(clock, scheduler, state.announcements(), poster,
          () -> Fixtures.AMSTERDAM, Duration.ofSeconds(1));
      announcements.load();
    } catch (StoreException e) {
      throw new IOException(e.getMessage(), e);
    }
    announcements.start();
    router = Features.router(questions, new Access(Optional.of(ORGANISER_ROLE), Optional.of(MODERATOR_ROLE)),
        announcements, poster, store, new Features.Personal(requests, days, personal.settings(), unanswered, clock,
            () -> afterReload));
    // The manual scheduler runs what it is handed at once: each event is answered before the call returns.
    listener = listenerOn(scheduler);
  }

  /** The listener as the bot builds it, answering on {@code work}. */
  DagwijzerListener listenerOn(java.util.concurrent.ExecutorService work) {
    return new DagwijzerListener(questions, router, List.of("vragen", "123"), ready -> { }, shutdown -> { }, work);
  }

  // ---------------------------------------------------------------- messages

  /** A message with its reply action; {@link #replies()} collects what the bot replied. */
  final class Chat {
    final MessageReceivedEvent event = mock(MessageReceivedEvent.class);
    final Message message = mock(Message.class);
    final User author = mock(User.class);
    final MessageChannelUnion channel = mock(MessageChannelUnion.class);
    final MessageCreateAction reply = mock(MessageCreateAction.class, RETURNS_SELF);
    final MessageCreateAction more = mock(MessageCreateAction.class, RETURNS_SELF);

    Chat(String userId, String channelId, String channelName, boolean guild, String content) {
      JDA jda = mock(JDA.class);
      SelfUser self = mock(SelfUser.class);
      when(self.getId()).thenReturn(BOT_ID);
      when(jda.getSelfUser()).thenReturn(self);
      when(event.getJDA()).thenReturn(jda);
      when(author.getId()).thenReturn(userId);
      when(event.getAuthor()).thenReturn(author);
      when(event.isFromGuild()).thenReturn(guild);
      when(channel.getId()).thenReturn(channelId);
      when(channel.getName()).thenReturn(channelName);
      when(event.getChannel()).thenReturn(channel);
      when(event.getMessage()).thenReturn(message);
      when(message.getContentRaw()).thenReturn(content);
      when(message.getId()).thenReturn("m1");
      when(message.reply(any(MessageCreateData.class))).thenReturn(reply);
      when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(more);
    }

    Chat send() {
      return sendTo(listener);
    }

    Chat sendTo(DagwijzerListener to) {
      to.onMessageReceived(event);
      return this;
    }

    /** Every message the bot sent: the reply first, then follow-ups in the channel. */
    List<MessageCreateData> replies() {
      List<MessageCreateData> all = new ArrayList<>();
      ArgumentCaptor<MessageCreateData> first = ArgumentCaptor.forClass(MessageCreateData.class);
      org.mockito.Mockito.verify(message, org.mockito.Mockito.atLeast(0)).reply(first.capture());
      all.addAll(first.getAllValues());
      ArgumentCaptor<MessageCreateData> rest = ArgumentCaptor.forClass(MessageCreateData.class);
      org.mockito.Mockito.verify(channel, org.mockito.Mockito.atLeast(0)).sendMessage(rest.capture());
      all.addAll(rest.getAllValues());
      return all;
    }
  }

  Chat chat(String userId, String channelId, String channelName, boolean guild, String content) {
    return new Chat(userId, channelId, channelName, guild, content);
  }

  // ---------------------------------------------------------------- slash commands

  /** A slash command interaction and everything it was answered with. */
  final class Slash {
    final SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    final User user = mock(User.class);
    final Member member = mock(Member.class);
    final ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
    final ReplyCallbackAction deferred = mock(ReplyCallbackAction.class);
    final InteractionHook hook = mock(InteractionHook.class);
    final List<String> sent = new ArrayList<>();
    /** Every message as sent, for its components and files. */
    final List<MessageCreateData> data = new ArrayList<>();
    private final List<Boolean> ephemeral = new ArrayList<>();

    @SuppressWarnings("unchecked")
    Slash(String name, String userId) {
      when(event.getName()).thenReturn(name);
      when(user.getId()).thenReturn(userId);
      when(event.getUser()).thenReturn(user);
      when(event.getMember()).thenReturn(member);
      when(event.getChannelId()).thenReturn("555");
      when(member.getRoles()).thenReturn(List.of());
      when(event.getHook()).thenReturn(hook);
      when(event.reply(any(MessageCreateData.class))).thenAnswer(call -> {
        record(call.getArgument(0));
        return reply;
      });
      when(reply.setEphemeral(anyBoolean())).thenAnswer(call -> {
        ephemeral.add(call.getArgument(0));
        return reply;
      });
      when(event.deferReply(anyBoolean())).thenAnswer(call -> {
        sent.add("(deferred" + ((boolean) call.getArgument(0) ? ", ephemeral)" : ")"));
        return deferred;
      });
      when(hook.sendMessage(any(MessageCreateData.class))).thenAnswer(call -> {
        record(call.getArgument(0));
        WebhookMessageCreateAction<Message> action = mock(WebhookMessageCreateAction.class);
        when(action.setEphemeral(anyBoolean())).thenAnswer(e -> {
          ephemeral.add(e.getArgument(0));
          return action;
        });
        return action;
      });
    }

    private void record(MessageCreateData data) {
      if (!data.getAllowedMentions().isEmpty() || data.isMentionRepliedUser()) {
        throw new AssertionError("a message that may ping: " + data.getAllowedMentions());
      }
      sent.add(render(data));
      this.data.add(data);
    }

    Slash option(String name, String value) {
      OptionMapping option = mock(OptionMapping.class);
      when(option.getAsString()).thenReturn(value);
      when(event.getOption(name)).thenReturn(option);
      return this;
    }

    Slash option(String name, boolean value) {
      OptionMapping option = mock(OptionMapping.class);
      when(option.getAsBoolean()).thenReturn(value);
      when(event.getOption(name)).thenReturn(option);
      return this;
    }

    Slash channelOption(String name, String channelId) {
      OptionMapping option = mock(OptionMapping.class);
      GuildChannelUnion channel = mock(GuildChannelUnion.class);
      when(channel.getId()).thenReturn(channelId);
      when(option.getAsChannel()).thenReturn(channel);
      when(event.getOption(name)).thenReturn(option);
      return this;
    }

    Slash attachment(String name, String fileName, byte[] content, int reportedSize) {
      OptionMapping option = mock(OptionMapping.class);
      Message.Attachment attachment = mock(Message.Attachment.class);
      NamedAttachmentProxy proxy = mock(NamedAttachmentProxy.class);
      when(attachment.getFileName()).thenReturn(fileName);
      when(attachment.getSize()).thenReturn(reportedSize);
      when(attachment.getProxy()).thenReturn(proxy);
      when(proxy.download()).thenAnswer(call -> CompletableFuture.completedFuture(new ByteArrayInputStream(content)));
      when(option.getAsAttachment()).thenReturn(attachment);
      when(event.getOption(name)).thenReturn(option);
      return this;
    }

    Slash withRole(String roleName) {
      Role role = mock(Role.class);
      when(role.getId()).thenReturn("r-" + roleName);
      when(role.getName()).thenReturn(roleName);
      when(member.getRoles()).thenReturn(List.of(role));
      return this;
    }

    Slash manageServer() {
      when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(true);
      return this;
    }

    Slash run() {
      return runOn(listener);
    }

    Slash runOn(DagwijzerListener on) {
      on.onSlashCommandInteraction(event);
      return this;
    }

    /** True when every reply and follow-up was ephemeral. */
    boolean allEphemeral() {
      return !ephemeral.isEmpty() && ephemeral.stream().allMatch(e -> e);
    }

    boolean nonePrivate() {
      return !ephemeral.isEmpty() && ephemeral.stream().noneMatch(e -> e);
    }
  }

  Slash slash(String name, String userId) {
    return new Slash(name, userId);
  }

  /** A choice in a select menu under one of the bot's messages, and how the bot edited that message. */
  final class Select {
    final StringSelectInteractionEvent event = mock(StringSelectInteractionEvent.class);
    final MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class);
    final List<MessageEditData> edits = new ArrayList<>();

    Select(String componentId, String userId, String value) {
      User user = mock(User.class);
      when(user.getId()).thenReturn(userId);
      when(event.getUser()).thenReturn(user);
      when(event.getComponentId()).thenReturn(componentId);
      when(event.getValues()).thenReturn(List.of(value));
      when(event.editMessage(any(MessageEditData.class))).thenAnswer(call -> {
        edits.add(call.getArgument(0));
        return edit;
      });
    }

    Select run() {
      listener.onStringSelectInteraction(event);
      return this;
    }
  }

  Select select(String componentId, String userId, String value) {
    return new Select(componentId, userId, value);
  }

  /** A message as text: its content, or an embed as title and "name | value" lines. */
  static String render(MessageCreateData data) {
    if (data.getEmbeds().isEmpty()) {
      return data.getContent();
    }
    MessageEmbed embed = data.getEmbeds().get(0);
    return "[" + embed.getTitle() + "]\n" + embed.getFields().stream()
        .map(f -> f.getName() + " | " + f.getValue()).collect(Collectors.joining("\n"));
  }

  static List<String> texts(List<MessageCreateData> messages) {
    return messages.stream().map(Harness::render).toList();
  }
}
