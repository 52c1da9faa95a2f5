package nl.dagwijzer.e2e;

import static nl.dagwijzer.e2e.BotOnLocalDiscord.WAIT;
import static nl.dagwijzer.e2e.BotOnLocalDiscord.assertPingsNobody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import nl.dagwijzer.e2e.local.InteractionResponse;
import nl.dagwijzer.e2e.local.LocalInteraction;
import nl.dagwijzer.e2e.local.LocalMember;
import nl.dagwijzer.e2e.local.PostedMessage;
import nl.dagwijzer.e2e.local.RestCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The personal programme of the bot jar on a local Discord: choosing, the day, DMs, the calendar file. */
@DisplayName("My programme on Discord (the jar against a local Discord)")
final class PersonalIT {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final String MENU = "mijnprogramma:11:00–12:30";
  private static final String BREDA_BLOCK = "\"title\": \"Workshop Breda\",\n      \"kind\": \"workshop\",\n      \"start\":"
      + " \"11:00\",\n      \"end\": \"12:30\"";
  private static final String BREDA_MOVED = "\"title\": \"Workshop Breda\",\n      \"kind\": \"workshop\",\n      \"start\":"
      + " \"13:00\",\n      \"end\": \"13:45\"";

  @TempDir
  Path folder;
  private BotOnLocalDiscord day;

  @AfterEach
  void stopBot() throws Exception {
    if (day != null) {
      day.close();
    }
  }

  private BotOnLocalDiscord start(String clock, int speed, int personalMinutes) throws Exception {
    return BotOnLocalDiscord.start(folder, Map.of("DAGWIJZER_CLOCK_START", clock, "DAGWIJZER_CLOCK_SPEED",
        Integer.toString(speed), "DAGWIJZER_REMINDER_MINUTES", "0", "DAGWIJZER_PERSONAL_REMINDER_MINUTES",
        Integer.toString(personalMinutes)), false, UnaryOperator.identity());
  }

  private String fields(PostedMessage message) {
    return message.embeds().get(0).getArray("fields").stream(DataArray::getObject)
        .map(f -> f.getString("name") + " | " + f.getString("value")).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  private PostedMessage dm(LocalMember member, java.util.function.Predicate<String> content) {
    String channel = day.discord.dmChannelId(member.user());
    return day.discord.awaitPosted(m -> m.kind() == PostedMessage.Kind.CHANNEL_MESSAGE
        && channel.equals(m.channelId()) && content.test(m.content()), Duration.ofSeconds(20));
  }

  @Test
  @DisplayName("choosing by command (a second in the block replaces), by the menu of /mijnprogramma, by free text")
  void chooseEveryWay() throws Exception {
    // given
    day = start("10:00", 1, 10);

    // when: by command
    PostedMessage first = day.slash(day.anna, day.algemeen, "kies", "sessie", "workshop-breda");
    PostedMessage second = day.slash(day.anna, day.algemeen, "kies", "sessie", "workshop-zoetermeer");

    // then
    assertThat(first.content()).isEqualTo("‘Workshop Breda’ (45 minuten, ergens tussen 11:00 en 12:30) staat in je"
        + " programma.\nJe krijgt 10 minuten van tevoren een herinnering als privébericht.");
    assertThat(first.ephemeral()).isTrue();
    assertThat(second.content()).startsWith("‘Workshop Zoetermeer’ (45 minuten, ergens tussen 11:00 en 12:30) staat"
        + " in je programma. Het vervangt ‘Workshop Breda’: in één blok kies je één sessie.");

    // when: by the menu under /mijnprogramma
    PostedMessage mine = day.slash(day.bram, day.algemeen, "mijnprogramma");
    DataObject menu = mine.payload().getArray("components").getObject(0).getArray("components").getObject(0);
    LocalInteraction picked = day.discord.sendStringSelect(day.bram, day.algemeen, mine, MENU, "workshop-amsterdam");
    InteractionResponse update = day.discord.awaitInteractionResponse(picked.id(), WAIT);

    // then
    assertThat(mine.ephemeral()).isTrue();
    assertThat(fields(mine)).contains("11:00–12:30 | Nog niet gekozen: ‘Workshop Amsterdam’ (Maartje Bos),"
        + " ‘Workshop Zoetermeer’ (Annemiek Enter) of ‘Workshop Breda’ (Michiel Luigjes)");
    assertThat(menu.getString("custom_id")).isEqualTo(MENU);
    assertThat(menu.getArray("options").stream(DataArray::getObject).map(o -> o.getString("value")).toList())
        .containsExactly("workshop-amsterdam", "workshop-zoetermeer", "workshop-breda");
    assertThat(update.type()).as("an update of the same message").isEqualTo(7);
    assertThat(update.data().getString("content")).startsWith("‘Workshop Amsterdam’ (11:00–12:30) staat in je"
        + " programma.");
    PostedMessage updated = day.discord.awaitPosted(m -> picked.id().equals(m.interactionId()), WAIT);
    assertThat(fields(updated)).contains("11:00–12:30 | Je keuze: ‘Workshop Amsterdam’ (Maartje Bos)");
    assertThat(updated.payload().getArray("components").length()).isZero();

    // when: by free text in the Q&A channel
    PostedMessage said = day.ask(day.cees, day.vragen, "ik ga naar de workshop van Zoetermeer");
    PostedMessage ceesDay = day.slash(day.cees, day.algemeen, "mijnprogramma");

    // then
    assertThat(said.content()).startsWith("‘Workshop Zoetermeer’ (45 minuten, ergens tussen 11:00 en 12:30) staat"
        + " in je programma.");
    assertPingsNobody(said);
    assertThat(fields(ceesDay)).contains("11:00–12:30 | Je keuze: ‘Workshop Zoetermeer’ (Annemiek Enter), 45"
        + " minuten");
  }

  @Test
  @DisplayName("/agenda: an .ics of the user's day or of the whole day, read back with ical4j, as the programme has it")
  void agendaFile() throws Exception {
    // given
    day = start("10:00", 1, 10);
    day.slash(day.anna, day.algemeen, "kies", "sessie", "workshop-breda");

    // when
    PostedMessage mine = day.slash(day.anna, day.algemeen, "agenda");
    PostedMessage whole = day.slash(day.bram, day.algemeen, "agenda");

    // then
    LocalDate today = LocalDate.now(AMSTERDAM);
    assertThat(mine.ephemeral()).isTrue();
    assertThat(mine.content()).contains("(6 onderdelen) als agendabestand.")
        .contains("Het programma noemt geen datum, dus ik heb vandaag genomen.");
    assertThat(events(mine)).containsExactly(
        "Welkom " + at(today, "10:00") + "–" + at(today, "10:05"),
        "Algemene inleiding over coöperatief ondernemen " + at(today, "10:05") + "–" + at(today, "10:25"),
        "Hoe benadert de gemeente Amsterdam coöperatief ondernemen? " + at(today, "10:25") + "–" + at(today, "10:45"),
        "Koffiepauze " + at(today, "10:45") + "–" + at(today, "10:55"),
        "Workshop Breda " + at(today, "11:00") + "–" + at(today, "12:30"),
        "Lunch " + at(today, "12:30") + "–" + at(today, "13:00"));
    assertThat(events(whole)).hasSize(8).contains("Workshop Amsterdam " + at(today, "11:00") + "–"
        + at(today, "12:30"));
  }

  private static String at(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).atZone(AMSTERDAM).toString();
  }

  /** The file attached to the reply, parsed with ical4j: summary and start–end of each VEVENT. */
  private static List<String> events(PostedMessage reply) throws Exception {
    assertThat(reply.files()).singleElement().satisfies(f -> assertThat(f.filename()).endsWith(".ics"));
    String ics = new String(reply.files().get(0).bytes(), StandardCharsets.UTF_8);
    return new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT).stream()
        .map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue() + " " + time(e, Property.DTSTART) + "–"
            + time(e, Property.DTEND)).toList();
  }

  private static String time(VEvent event, String property) {
    DateProperty<?> date = event.<DateProperty<?>>getProperty(property).orElseThrow();
    return ZonedDateTime.from(date.getDate()).withZoneSameInstant(AMSTERDAM).toString();
  }

  @Test
  @DisplayName("a DM 10 minutes before a chosen session at the rehearsal clock's time; closed DMs recorded and shown")
  void reminderByDirectMessage() throws Exception {
    // given: 10 minutes of the day pass in 10 seconds; Breda's reminder is due at 10:50
    day = start("10:40", 60, 10);
    day.discord.closeDirectMessages(day.bram.user());
    day.slash(day.anna, day.algemeen, "kies", "sessie", "workshop-breda");
    day.slash(day.bram, day.algemeen, "kies", "sessie", "workshop-breda");
    assertThat(day.clockOfTheBot(day.cees)).isBefore(LocalTime.of(10, 50));

    // when
    PostedMessage reminder = dm(day.anna, c -> c.startsWith("Over "));
    RestCall refused = day.discord.awaitRestCall(c -> c.method().equals("POST")
        && c.path().equals("channels/" + day.discord.dmChannelId(day.bram.user()) + "/messages"), WAIT);

    // then
    // A minute of the day is a second here: on a busy machine the tick may come a bot minute late, and then says 9.
    assertThat(reminder.content()).matches("Over (10|9) minuten begint ‘Workshop Breda’ \\(45 minuten, ergens"
        + " tussen 11:00 en 12:30\\), met Michiel Luigjes\\.\nGeen herinneringen meer\\? Gebruik /herinneringen"
        + " aan:false\\.");
    assertPingsNobody(reminder);
    assertThat(day.clockOfTheBot(day.cees)).isBetween(LocalTime.of(10, 50), LocalTime.of(10, 53));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(bramsDay()).containsPattern("Niet bezorgd: 1 bericht \\(10:5\\d, herinnering voor ‘Workshop Breda’:"
        + " je privéberichten staan dicht voor deze bot");
    day.postedAfterBarrier(m -> true);
    assertThat(day.discord.restCalls()).filteredOn(c -> c.path().equals(refused.path())).hasSize(1);
  }

  /**
   * Bram's /mijnprogramma once the bot has recorded his undelivered reminder: the record is written just after
   * Discord's refusal reaches the bot, so the day is asked again (at most three times) until it shows it.
   */
  private String bramsDay() {
    String text = "";
    for (int i = 0; i < 3 && !text.contains("Niet bezorgd"); i++) {
      day.postedAfterBarrier(m -> true);
      text = fields(day.slash(day.bram, day.algemeen, "mijnprogramma"));
    }
    return text;
  }

  @Test
  @DisplayName("a reload that moves a chosen session: the user gets one DM saying so")
  void movedAfterReload() throws Exception {
    // given
    day = start("10:00", 1, 10);
    day.slash(day.anna, day.algemeen, "kies", "sessie", "workshop-breda");
    String original = day.programmeText();
    assertThat(original).contains(BREDA_BLOCK);
    Files.writeString(day.programme, original.replace(BREDA_BLOCK, BREDA_MOVED), StandardCharsets.UTF_8);

    // when
    PostedMessage reloaded = day.slash(day.mo, day.algemeen, "herlaad");
    PostedMessage moved = dm(day.anna, c -> c.startsWith("Gewijzigd"));

    // then
    assertThat(reloaded.content()).contains("• Verplaatst: Workshop Breda van 11:00–12:30 naar 13:00–13:45");
    assertThat(moved.content()).isEqualTo("Gewijzigd in je programma: ‘Workshop Breda’ is verplaatst naar"
        + " 13:00–13:45 (was 11:00–12:30).");
    assertThat(fields(day.slash(day.anna, day.algemeen, "mijnprogramma"))).contains("11:00–12:30 | Nog niet gekozen:"
        + " ‘Workshop Amsterdam’ (Maartje Bos) of ‘Workshop Zoetermeer’ (Annemiek Enter)\n12:30–13:00 | De lunch\n"
        + "13:00–13:45 | ‘Workshop Breda’ (Michiel Luigjes)\nIn je programma: je krijgt een herinnering.");
  }

  @Test
  @DisplayName("/onbeantwoord lists what attendees asked that the bot could not answer, without who; attendees refused")
  void unanswered() throws Exception {
    // given
    day = start("10:00", 1, 10);
    day.ask(day.anna, day.vragen, "wat is het wifi wachtwoord?");
    day.ask(day.bram, day.vragen, "Wat is het WiFi-wachtwoord");
    day.ask(day.cees, day.vragen, "waar kan ik parkeren");

    // when
    PostedMessage list = day.slash(day.mo, day.algemeen, "onbeantwoord");
    PostedMessage refused = day.slash(day.anna, day.algemeen, "onbeantwoord");

    // then
    assertThat(list.content()).matches("(?s)Vragen die ik niet kon beantwoorden \\(laatste 14 dagen\\), meest gesteld"
        + " eerst:\n1\\. ‘wat is het wifi wachtwoord’: 2× \\(laatst vandaag 10:0\\d\\)\n2\\. ‘waar kan ik parkeren’:"
        + " 1× \\(laatst vandaag 10:0\\d\\)\nVoeg wat ontbreekt toe .*");
    assertThat(list.ephemeral()).isTrue();
    for (LocalMember member : day.discord.members()) {
      assertThat(list.content()).doesNotContain(member.id());
    }
    assertThat(list.content()).doesNotContain("anna").doesNotContain("bram").doesNotContain("cees");
    assertThat(refused.content()).isEqualTo("Je hebt geen toegang tot dit commando.");
  }
}
