package nl.dagwijzer.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.VoiceChannel;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import nl.dagwijzer.answer.Overview;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

final class DiscordTextTest {

  @Test
  @DisplayName("mention syntax is broken up so it neither pings nor renders")
  void neutralises() {
    // when
    String text = DiscordText.neutralise("@everyone en @here, <@123>, <@!456> en <@&789> kijk #algemeen");

    // then
    assertThat(text).isEqualTo(
        "@\u200Beveryone en @\u200Bhere, <@\u200B123>, <@\u200B!456> en <@\u200B&789> kijk #algemeen");
  }

  @Test
  @DisplayName("every message allows no mentions and does not ping the replied user")
  void messagesPingNobody() {
    // when
    List<MessageCreateData> messages = DiscordText.messages("@everyone hallo");

    // then
    assertThat(messages).singleElement().satisfies(m -> {
      assertThat(m.getContent()).isEqualTo("@\u200Beveryone hallo");
      assertThat(m.getAllowedMentions()).isEmpty();
      assertThat(m.isMentionRepliedUser()).isFalse();
    });
  }

  @Test
  @DisplayName("long text is split on line boundaries into messages of at most 2000 characters")
  void splitsOnLines() {
    // given
    List<String> lines = IntStream.range(0, 60).mapToObj(i -> String.format("%02d ", i) + "x".repeat(46)).toList();
    String text = String.join("\n", lines);

    // when
    List<String> parts = DiscordText.split(text, 2000);

    // then
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0)).hasSize(40 * 49 + 39).isEqualTo(String.join("\n", lines.subList(0, 40)));
    assertThat(parts.get(1)).isEqualTo(String.join("\n", lines.subList(40, 60)));
  }

  @Test
  @DisplayName("a single line longer than the limit is split between words")
  void splitsLongLine() {
    // given
    String text = "woord ".repeat(500).strip();

    // when
    List<String> parts = DiscordText.split(text, 2000);

    // then
    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
    assertThat(String.join(" ", parts)).isEqualTo(text);
  }

  @Test
  @DisplayName("an overview embed stays within every limit, shortening with … and summing up extra slots")
  void embedLimits() {
    // given
    List<Overview.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      entries.add(new Overview.Entry("h".repeat(300), "v".repeat(1100)));
    }
    Overview overview = new Overview("T".repeat(300), entries);

    // when
    MessageEmbed embed = DiscordText.embed(overview);

    // then
    assertThat(embed.getTitle()).hasSize(256).endsWith("…");
    assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
    assertThat(embed.getFields().get(0).getName()).hasSize(256).endsWith("…");
    assertThat(embed.getFields().get(0).getValue()).hasSize(1024).endsWith("…");
    assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
    MessageEmbed.Field last = embed.getFields().get(embed.getFields().size() - 1);
    assertThat(last.getName() + " " + last.getValue()).isEqualTo("… en nog " + (30 - embed.getFields().size() + 1)
        + " onderdelen");
  }

  @Test
  @DisplayName("empty headings and bodies do not break the embed")
  void emptyParts() {
    // when
    MessageEmbed embed = DiscordText.embed(new Overview("", List.of(new Overview.Entry("", " "))));

    // then
    assertThat(embed.getTitle()).isEqualTo("\u200B");
    assertThat(embed.getFields()).extracting(f -> f.getName() + "|" + f.getValue()).containsExactly("\u200B|\u200B");
  }

  @Test
  @DisplayName("the poster finds the announcements channel by name and posts split, neutralised, without mentions")
  void posterPostsSafely() {
    // given
    ShardManager shards = mock(ShardManager.class);
    Guild guild = mock(Guild.class);
    TextChannel channel = mock(TextChannel.class);
    VoiceChannel voice = mock(VoiceChannel.class);
    when(voice.getName()).thenReturn("aankondigingen");
    when(voice.getId()).thenReturn("1");
    when(channel.getName()).thenReturn("Aankondigingen");
    when(channel.getId()).thenReturn("2");
    when(guild.getChannels()).thenReturn(List.of(voice, channel));
    when(shards.getGuilds()).thenReturn(List.of(guild));
    MessageCreateAction action = mock(MessageCreateAction.class, RETURNS_SELF);
    when(action.submit()).thenReturn(CompletableFuture.completedFuture(mock(Message.class)));
    when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(action);
    DiscordPoster poster = new DiscordPoster(shards, Optional.of("#aankondigingen"), "abc123");

    // when
    var done = poster.post(Optional.empty(), "@here\n" + "a".repeat(2500)).toCompletableFuture();

    // then
    assertThat(done).isCompleted();
    ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(channel, org.mockito.Mockito.times(3)).sendMessage(sent.capture());
    assertThat(sent.getAllValues()).extracting(MessageCreateData::getContent)
        .containsExactly("@\u200Bhere", "a".repeat(2000), "a".repeat(500));
    assertThat(sent.getAllValues()).allSatisfy(m -> assertThat(m.getAllowedMentions()).isEmpty());
  }

  @Test
  @DisplayName("defect 3: a reply of 1,000 lines is one message and one continuation that says what was left out")
  void capsLongReplies() {
    // given lines of 39 characters: 50 fit in one message
    List<String> lines = IntStream.range(0, 1000).mapToObj(i -> String.format("regel %04d ", i) + "x".repeat(28))
        .toList();

    // when
    List<MessageCreateData> messages = DiscordText.messages(String.join("\n", lines));

    // then
    assertThat(messages).extracting(MessageCreateData::getContent).containsExactly(
        String.join("\n", lines.subList(0, 50)),
        String.join("\n", lines.subList(50, 96))
            + "\n… en nog 904 regels die hier niet passen; stel een preciezere vraag voor de rest.");
    assertThat(messages).allSatisfy(m -> assertThat(m.getContent().length()).isLessThanOrEqualTo(2000));
  }

  @Test
  @DisplayName("defect 3: one line of 2 MB is capped too, to two messages ending in a note that it was cut")
  void capsOneHugeLine() {
    // given
    String huge = "woord ".repeat(350_000);

    // when
    List<MessageCreateData> messages = DiscordText.messages(huge);

    // then
    assertThat(messages).hasSize(2);
    assertThat(messages).allSatisfy(m -> assertThat(m.getContent().length()).isLessThanOrEqualTo(2000));
    assertThat(messages.get(1).getContent()).endsWith("…\n… (ingekort: het geheel past niet in 2 berichten); stel"
        + " een preciezere vraag voor de rest.");
  }

  @Test
  @DisplayName("a reply that fits in two messages is sent whole")
  void keepsRepliesThatFit() {
    // given
    String text = "a".repeat(2000) + "\n" + "b".repeat(2000);

    // when
    List<MessageCreateData> messages = DiscordText.messages(text);

    // then
    assertThat(messages).extracting(MessageCreateData::getContent).containsExactly("a".repeat(2000),
        "b".repeat(2000));
  }

  @Test
  @DisplayName("a post with a once-key sends every part with its own fixed nonce: database id, key, part")
  void postsWithNonces() {
    // given
    ShardManager shards = mock(ShardManager.class);
    Guild guild = mock(Guild.class);
    TextChannel channel = mock(TextChannel.class);
    when(channel.getName()).thenReturn("aankondigingen");
    when(channel.getId()).thenReturn("2");
    when(guild.getChannels()).thenReturn(List.of(channel));
    when(shards.getGuilds()).thenReturn(List.of(guild));
    MessageCreateAction action = mock(MessageCreateAction.class, RETURNS_SELF);
    when(action.submit()).thenReturn(CompletableFuture.completedFuture(mock(Message.class)));
    when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(action);
    DiscordPoster poster = new DiscordPoster(shards, Optional.of("aankondigingen"), "k3x9q2");

    // when an announcement of 6,000 characters (the most the slash command takes) is posted as a7
    var done = poster.post(Optional.empty(), "a".repeat(6000), "a7").toCompletableFuture();

    // then
    assertThat(done).isCompleted();
    ArgumentCaptor<String> nonces = ArgumentCaptor.forClass(String.class);
    verify(action, org.mockito.Mockito.times(3)).setNonce(nonces.capture());
    assertThat(nonces.getAllValues()).containsExactly("k3x9q2a7-0", "k3x9q2a7-1", "k3x9q2a7-2");
  }

  @Test
  @DisplayName("a configured channel or role missing from the server is one clear Dutch sentence")
  void missingChannelOrRole() throws Exception {
    // given
    Guild guild = mock(Guild.class);
    TextChannel channel = mock(TextChannel.class);
    Role role = mock(Role.class);
    when(guild.getName()).thenReturn("Divosa");
    when(channel.getName()).thenReturn("vragen");
    when(channel.getId()).thenReturn("10");
    when(role.getName()).thenReturn("Organisatie");
    when(role.getId()).thenReturn("20");
    when(guild.getChannels()).thenReturn(List.of(channel));
    when(guild.getRoles()).thenReturn(List.of(role));
    DiscordSettings fine = DiscordSettings.fromEnvironment(java.util.Map.of("DISCORD_TOKEN", "t",
        "DAGWIJZER_QA_CHANNELS", "vragen", "DAGWIJZER_ANNOUNCE_CHANNEL", "10", "DAGWIJZER_ORGANISER_ROLE", "20"));
    DiscordSettings noChannel = DiscordSettings.fromEnvironment(java.util.Map.of("DISCORD_TOKEN", "t",
        "DAGWIJZER_ANNOUNCE_CHANNEL", "nieuws"));
    DiscordSettings noRole = DiscordSettings.fromEnvironment(java.util.Map.of("DISCORD_TOKEN", "t",
        "DAGWIJZER_MODERATOR_ROLE", "Moderatie"));

    // when / then
    assertThat(Channels.missing(List.of(guild), fine)).isEmpty();
    assertThat(Channels.missing(List.of(guild), noChannel))
        .contains("Kanaal 'nieuws' uit DAGWIJZER_ANNOUNCE_CHANNEL bestaat niet in server 'Divosa'.");
    assertThat(Channels.missing(List.of(guild), noRole))
        .contains("Rol 'Moderatie' uit DAGWIJZER_MODERATOR_ROLE bestaat niet in server 'Divosa'.");
  }
}
