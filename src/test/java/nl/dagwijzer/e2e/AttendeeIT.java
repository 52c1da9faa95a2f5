package nl.dagwijzer.e2e;

import static nl.dagwijzer.e2e.BotOnLocalDiscord.WAIT;
import static nl.dagwijzer.e2e.BotOnLocalDiscord.assertPingsNobody;
import static nl.dagwijzer.e2e.BotOnLocalDiscord.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.dagwijzer.e2e.local.InteractionResponse;
import nl.dagwijzer.e2e.local.LocalInteraction;
import nl.dagwijzer.e2e.local.PostedMessage;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attendees ask the bot jar on a local Discord; one bot for the class, its clock at 11:10 (rehearsal, real speed). */
@DisplayName("Attendees on Discord (the jar against a local Discord)")
final class AttendeeIT {
  private static final String LUNCH = "De lunch is van 12:30 tot 13:00.";
  private static final String COFFEE = "De koffiepauze is van 10:45 tot 10:55.";
  private static final String BREDA_WHEN = "‘Workshop Breda’ (Michiel Luigjes) duurt 45 minuten en valt tussen 11:00 en"
      + " 12:30; hoe laat precies staat niet in het programma.";
  private static final String BREDA_WHO = "Bij ‘Workshop Breda’ (45 minuten, ergens tussen 11:00 en 12:30) spreekt"
      + " Michiel Luigjes (beleidsadviseur Sociaal Domein, gemeente Breda).";
  private static final String WORKSHOPS_NOW = "Keuze uit ‘Workshop Amsterdam’ (Maartje Bos), ‘Workshop Zoetermeer’"
      + " (Annemiek Enter, 45 minuten) en ‘Workshop Breda’ (Michiel Luigjes, 45 minuten)";
  private static final String MAARTJE = "Maartje Bos is projectleider 'Meer ondernemen' bij gemeente Amsterdam. Op het"
      + " programma: ‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (10:25–10:45) en ‘Workshop"
      + " Amsterdam’ (11:00–12:30).";

  @TempDir
  static Path folder;
  private static BotOnLocalDiscord day;

  @BeforeAll
  static void startBot() throws Exception {
    day = BotOnLocalDiscord.start(folder, Map.of("DAGWIJZER_CLOCK_START", "11:10", "DAGWIJZER_REMINDER_MINUTES", "0"));
  }

  @AfterAll
  static void stopBot() throws Exception {
    if (day != null) {
      day.close();
    }
  }

  @Test
  @DisplayName("a question in the Q&A channel, by mention elsewhere, and in a DM: a reply to it, with the facts, pinging nobody")
  void questionsEverywhereGetReplies() {
    // given
    String mention = "<@" + day.discord.botUser().id() + ">";

    // when
    String inQa = day.discord.sendMessage(day.anna, day.vragen, "wanneer is de lunch");
    String byMention = day.discord.sendMessage(day.bram, day.algemeen, mention + " hoe laat is de koffie?");
    String direct = day.discord.sendDirectMessage(day.cees.user(), "wanneer is de lunch");

    // then
    PostedMessage qaReply = day.discord.awaitReplyTo(inQa, WAIT);
    assertThat(qaReply.content()).isEqualTo(LUNCH);
    assertThat(qaReply.channelId()).isEqualTo(day.vragen.id());
    PostedMessage mentionReply = day.discord.awaitReplyTo(byMention, WAIT);
    assertThat(mentionReply.content()).isEqualTo(COFFEE);
    assertThat(mentionReply.channelId()).isEqualTo(day.algemeen.id());
    PostedMessage directReply = day.discord.awaitReplyTo(direct, WAIT);
    assertThat(directReply.content()).isEqualTo(LUNCH);
    assertThat(directReply.channelId()).isEqualTo(day.discord.dmChannelId(day.cees.user()));
    for (PostedMessage reply : List.of(qaReply, mentionReply, directReply)) {
      assertThat(reply.kind()).isEqualTo(PostedMessage.Kind.CHANNEL_MESSAGE);
      assertPingsNobody(reply);
    }
  }

  @Test
  @DisplayName("@everyone and a role mention in a question: the reply pings nobody and shows no live mention")
  void mentionsInQuestionsPingNobody() {
    // given
    String role = "<@&" + day.discord.role("Organisatie").id() + ">";

    // when
    PostedMessage reply = day.ask(day.dirk, day.vragen, "@everyone " + role + " wanneer is de lunch");
    PostedMessage echoed = day.slash(day.dirk, day.algemeen, "spreker", "naam", "@everyone " + role);

    // then
    assertThat(reply.content()).isEqualTo(LUNCH);
    assertPingsNobody(reply);
    assertThat(echoed.content()).isEqualTo("Ik vind geen spreker '@\u200Beveryone <@\u200B&"
        + day.discord.role("Organisatie").id() + ">' in het programma. Kies een naam uit de lijst.");
    assertThat(echoed.content()).doesNotContain("@everyone").doesNotContain(role);
    assertPingsNobody(echoed);
  }

  @Test
  @DisplayName("messages of another bot, of the bot itself, and unmentioned ones outside the Q&A channel get no reply")
  void botsAndUnaddressedMessagesGetNoReply() {
    // given
    String fromOtherBot = day.discord.sendMessage(day.otherBot, day.vragen, "wanneer is de lunch");
    String fromItself = day.discord.sendMessageFromBot(day.vragen, "wanneer is de lunch");
    String unaddressed = day.discord.sendMessage(day.anna, day.algemeen, "wanneer is de lunch");

    // when: a later question, handled after the three
    PostedMessage barrier = day.ask(day.wachter, day.vragen, "wanneer is de koffie");

    // then
    assertThat(barrier.content()).isEqualTo(COFFEE);
    assertThat(day.discord.posted()).extracting(PostedMessage::referencedMessageId)
        .doesNotContain(fromOtherBot, fromItself, unaddressed);
  }

  @Test
  @DisplayName("every attendee slash command answers, privately unless openbaar:true")
  void slashCommandsAnswer() {
    // given: a question about the coffee in the channel, which /straks must not take up
    String mention = "<@" + day.discord.botUser().id() + ">";
    assertThat(day.ask(day.dirk, day.algemeen, mention + " hoe laat is de koffie").content()).isEqualTo(COFFEE);

    // when
    PostedMessage vraag = day.slash(day.anna, day.algemeen, "vraag", "vraag", "wanneer is de lunch");
    PostedMessage programma = day.slash(day.anna, day.algemeen, "programma");
    PostedMessage nu = day.slash(day.anna, day.algemeen, "nu");
    PostedMessage straks = day.slash(day.dirk, day.algemeen, "straks");
    PostedMessage workshops = day.slash(day.bram, day.algemeen, "workshops");
    PostedMessage spreker = day.slash(day.bram, day.algemeen, "spreker", "naam", "maartje-bos");
    PostedMessage help = day.slash(day.cees, day.algemeen, "help");
    PostedMessage publicly = day.slash(day.cees, day.algemeen, "vraag", "vraag", "wanneer is de koffie",
        "openbaar", true);

    // then
    assertThat(vraag.content()).isEqualTo(LUNCH);
    assertThat(fields(programma)).extracting(f -> f.getString("name")).containsExactly(
        "10:00–10:05", "10:05–10:25", "10:25–10:45", "10:45–10:55", "11:00–12:30", "12:30–13:00");
    assertThat(programma.embeds().get(0).getString("title"))
        .isEqualTo("Divosa Vrijdag: Coöperatief ondernemen & de P-wet");
    assertThat(fields(programma).get(5).getString("value")).isEqualTo("De lunch");
    assertThat(nu.embeds().get(0).getString("title")).matches("Nu \\(11:1\\d\\)");
    assertThat(fields(nu)).extracting(f -> f.getString("name") + " " + f.getString("value")).containsExactly(
        "11:00–12:30 " + WORKSHOPS_NOW);
    assertThat(straks.content()).isEqualTo("Hierna, van 12:30 tot 13:00: de lunch.");
    assertThat(fields(workshops)).extracting(f -> f.getString("name") + " " + f.getString("value")).containsExactly(
        "11:00–12:30 • ‘Workshop Amsterdam’ door Maartje Bos, 90 minuten (1,5 uur)\n"
            + "• ‘Workshop Zoetermeer’ door Annemiek Enter, 45 minuten\n"
            + "• ‘Workshop Breda’ door Michiel Luigjes, 45 minuten");
    assertThat(spreker.content()).isEqualTo(MAARTJE);
    assertThat(help.content()).startsWith("Ik beantwoord vragen over het programma van Divosa Vrijdag")
        .contains("• wanneer is de lunch?");
    assertThat(publicly.content()).isEqualTo(COFFEE);
    for (PostedMessage answer : List.of(vraag, programma, nu, straks, workshops, spreker, help)) {
      assertThat(answer.kind()).isEqualTo(PostedMessage.Kind.INTERACTION_REPLY);
      assertThat(answer.ephemeral()).as("ephemeral: %s", answer.content()).isTrue();
      assertPingsNobody(answer);
    }
    assertThat(publicly.ephemeral()).isFalse();
    assertPingsNobody(publicly);
  }

  @Test
  @DisplayName("/spreker suggests the speakers of the programme as one types")
  void speakerAutocomplete() {
    // when
    LocalInteraction all = day.discord.sendAutocomplete(day.dirk, day.algemeen, "spreker", options("naam", ""),
        "naam");
    LocalInteraction typed = day.discord.sendAutocomplete(day.dirk, day.algemeen, "spreker",
        options("naam", "luig"), "naam");

    // then
    InteractionResponse allChoices = day.discord.awaitInteractionResponse(all.id(), WAIT);
    assertThat(allChoices.type()).isEqualTo(8);
    assertThat(choices(allChoices)).extracting(c -> c.getString("value")).containsExactly("gertru-diender",
        "bob-de-levita", "david-sondorp", "maartje-bos", "annemiek-enter", "michiel-luigjes");
    assertThat(choices(day.discord.awaitInteractionResponse(typed.id(), WAIT)))
        .extracting(c -> c.getString("name") + "=" + c.getString("value"))
        .containsExactly("Michiel Luigjes (gemeente Breda)=michiel-luigjes");
  }

  @Test
  @DisplayName("a follow-up by the same user in the same channel keeps the context")
  void followUpKeepsContext() {
    // when
    PostedMessage when = day.ask(day.cees, day.vragen, "wanneer is de workshop van Breda");
    PostedMessage who = day.ask(day.cees, day.vragen, "en wie geeft die");

    // then
    assertThat(when.content()).isEqualTo(BREDA_WHEN);
    assertThat(who.content()).isEqualTo(BREDA_WHO);
  }

  private static List<DataObject> fields(PostedMessage message) {
    assertThat(message.embeds()).as("embeds of %s", message.content()).hasSize(1);
    return message.embeds().get(0).getArray("fields").stream(DataArray::getObject).toList();
  }

  private static List<DataObject> choices(InteractionResponse response) {
    return response.data().getArray("choices").stream(DataArray::getObject).toList();
  }
}
