package nl.dagwijzer.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

@DisplayName("Personal programme on Discord: /kies, /vergeet, /mijnprogramma and its menus, /herinneringen, /agenda")
final class PersonalCommandsTest {
  private static final String BREDA_CHOSEN = "‘Workshop Breda’ (45 minuten, ergens tussen 11:00 en 12:30) staat in"
      + " je programma.\\nJe krijgt 10 minuten van tevoren een herinnering als privébericht.".replace("\\n", "\n");
  private static final String DAY_HEAD = """
      [Mijn programma: Divosa Vrijdag: Coöperatief ondernemen & de P-wet]
      10:00–10:05 | ‘Welkom’ (Gertru Diender)
      10:05–10:25 | ‘Algemene inleiding over coöperatief ondernemen’ (Bob de Levita en David Sondorp)
      10:25–10:45 | ‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (Maartje Bos)
      10:45–10:55 | De koffiepauze
      """;

  @TempDir
  Path dir;
  private Harness harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = new Harness(dir);
  }

  @SuppressWarnings("unchecked")
  private List<String> suggestions(String command, String userId, String typed) {
    CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
    AutoCompleteQuery query = mock(AutoCompleteQuery.class);
    User user = mock(User.class);
    when(user.getId()).thenReturn(userId);
    when(event.getUser()).thenReturn(user);
    when(event.getName()).thenReturn(command);
    when(event.getFocusedOption()).thenReturn(query);
    when(query.getValue()).thenReturn(typed);
    when(event.replyChoices(anyCollection())).thenReturn(mock(AutoCompleteCallbackAction.class, RETURNS_SELF));
    harness.listener.onCommandAutoCompleteInteraction(event);
    ArgumentCaptor<Collection<Command.Choice>> choices = ArgumentCaptor.forClass(Collection.class);
    verify(event).replyChoices(choices.capture());
    return choices.getValue().stream().map(c -> c.getName() + " = " + c.getAsString()).toList();
  }

  @Test
  @DisplayName("/kies suggests the sessions one chooses between, with time, title and speaker")
  void chooseSuggestions() {
    // when
    List<String> all = suggestions("kies", "1001", "");
    List<String> typed = suggestions("kies", "1001", "bre");

    // then
    assertThat(all).containsExactly(
        "11:00–12:30 Workshop Amsterdam (Maartje Bos) = workshop-amsterdam",
        "11:00–12:30 Workshop Zoetermeer (Annemiek Enter) = workshop-zoetermeer",
        "11:00–12:30 Workshop Breda (Michiel Luigjes) = workshop-breda");
    assertThat(typed).containsExactly("11:00–12:30 Workshop Breda (Michiel Luigjes) = workshop-breda");
  }

  @Test
  @DisplayName("/kies puts the session in the programme, privately; a second one in the block replaces it")
  void choose() {
    // when
    Harness.Slash first = harness.slash("kies", "1001").option("sessie", "workshop-breda").run();
    Harness.Slash second = harness.slash("kies", "1001").option("sessie", "Workshop Zoetermeer").run();
    Harness.Slash unknown = harness.slash("kies", "1001").option("sessie", "Workshop Utrecht").run();

    // then
    assertThat(first.sent).containsExactly(BREDA_CHOSEN);
    assertThat(first.allEphemeral()).isTrue();
    assertThat(second.sent).containsExactly("‘Workshop Zoetermeer’ (45 minuten, ergens tussen 11:00 en 12:30) staat"
        + " in je programma. Het vervangt ‘Workshop Breda’: in één blok kies je één sessie.\nJe krijgt 10 minuten"
        + " van tevoren een herinnering als privébericht.");
    assertThat(unknown.sent).containsExactly("Ik vind geen sessie 'Workshop Utrecht' in het programma. Kies er een"
        + " uit de lijst.");
  }

  @Test
  @DisplayName("/vergeet suggests only what is in the user's programme, and takes it out")
  void forget() {
    // given
    harness.slash("kies", "1001").option("sessie", "workshop-breda").run();
    harness.slash("kies", "1002").option("sessie", "workshop-amsterdam").run();

    // when
    List<String> mine = suggestions("vergeet", "1001", "");
    Harness.Slash forget = harness.slash("vergeet", "1001").option("sessie", "workshop-breda").run();
    Harness.Slash again = harness.slash("vergeet", "1001").option("sessie", "workshop-breda").run();

    // then
    assertThat(mine).containsExactly("11:00–12:30 Workshop Breda (Michiel Luigjes) = workshop-breda");
    assertThat(forget.sent).containsExactly("‘Workshop Breda’ (45 minuten, ergens tussen 11:00 en 12:30) is uit je"
        + " programma gehaald. Kies een andere met /kies of /mijnprogramma.");
    assertThat(again.sent).containsExactly("‘Workshop Breda’ stond niet in je programma.");
    assertThat(suggestions("vergeet", "1001", "")).isEmpty();
  }

  @Test
  @DisplayName("/mijnprogramma shows the day with a select menu for the open block; choosing there updates it")
  void myProgrammeAndMenu() {
    // when
    Harness.Slash slash = harness.slash("mijnprogramma", "1001").run();
    Harness.Select select = harness.select("mijnprogramma:11:00–12:30", "1001", "workshop-breda").run();

    // then
    assertThat(slash.sent).containsExactly(DAY_HEAD + """
        11:00–12:30 | Nog niet gekozen: ‘Workshop Amsterdam’ (Maartje Bos), ‘Workshop Zoetermeer’ (Annemiek Enter) \
        of ‘Workshop Breda’ (Michiel Luigjes)
        12:30–13:00 | De lunch
        Herinneringen | Je krijgt 10 minuten voor elk onderdeel in je programma een privébericht.""");
    assertThat(slash.allEphemeral()).isTrue();
    MessageCreateData reply = slash.data.get(0);
    assertThat(reply.getComponents()).singleElement().satisfies(row -> {
      StringSelectMenu menu = (StringSelectMenu) ((ActionRow) row).getComponents().get(0);
      assertThat(menu.getCustomId()).isEqualTo("mijnprogramma:11:00–12:30");
      assertThat(menu.getOptions()).extracting(SelectOption::getValue)
          .containsExactly("workshop-amsterdam", "workshop-zoetermeer", "workshop-breda");
      assertThat(menu.getOptions()).extracting(SelectOption::getDescription)
          .containsExactly("Maartje Bos", "Annemiek Enter", "Michiel Luigjes");
    });
    MessageEditData edited = select.edits.get(0);
    assertThat(edited.getContent()).isEqualTo(BREDA_CHOSEN);
    assertThat(Harness.render(new net.dv8tion.jda.api.utils.messages.MessageCreateBuilder()
        .setEmbeds(edited.getEmbeds()).build())).isEqualTo(DAY_HEAD + """
        11:00–12:30 | Je keuze: ‘Workshop Breda’ (Michiel Luigjes), 45 minuten
        12:30–13:00 | De lunch
        Herinneringen | Je krijgt 10 minuten voor elk onderdeel in je programma een privébericht.""");
    assertThat(edited.getComponents()).isEmpty();
    assertThat(edited.getAllowedMentions()).isEmpty();
  }

  @Test
  @DisplayName("/herinneringen aan:false turns them off for that user, and the day says so")
  void remindersSwitch() throws Exception {
    // when
    Harness.Slash off = harness.slash("herinneringen", "1001").option("aan", false).run();

    // then
    assertThat(off.sent).containsExactly("Je krijgt geen herinneringen meer. Weer aanzetten kan met /herinneringen"
        + " aan:true.");
    assertThat(harness.personal.settings().enabled("1001")).isFalse();
    assertThat(harness.personal.settings().enabled("1002")).isTrue();
    Harness.Slash on = harness.slash("herinneringen", "1001").option("aan", true).run();
    assertThat(on.sent).containsExactly("Je krijgt weer een privébericht 10 minuten voor elk onderdeel in je"
        + " programma.");
  }

  @Test
  @DisplayName("/agenda replies privately with an .ics of the user's day, or of the whole day without choices")
  void agenda() throws Exception {
    // given
    harness.slash("kies", "1001").option("sessie", "workshop-breda").run();

    // when
    Harness.Slash mine = harness.slash("agenda", "1001").run();
    Harness.Slash whole = harness.slash("agenda", "1002").run();

    // then
    assertThat(mine.sent).containsExactly("Je programma van vrijdag 14 maart 2025 (6 onderdelen) als"
        + " agendabestand. Het programma noemt geen datum, dus ik heb vandaag genomen. Open het om het in je agenda"
        + " te zetten; opnieuw openen werkt de afspraken bij.");
    assertThat(mine.allEphemeral()).isTrue();
    assertThat(summaries(mine.data.get(0))).containsExactly("Welkom",
        "Algemene inleiding over coöperatief ondernemen", "Hoe benadert de gemeente Amsterdam coöperatief"
            + " ondernemen?", "Koffiepauze", "Workshop Breda", "Lunch");
    assertThat(whole.sent.get(0)).startsWith("Het hele programma van vrijdag 14 maart 2025 (8 onderdelen)");
    assertThat(summaries(whole.data.get(0))).hasSize(8);
  }

  private static List<String> summaries(MessageCreateData data) throws Exception {
    FileUpload file = data.getFiles().get(0);
    assertThat(file.getName()).isEqualTo("programma-2025-03-14.ics");
    String ics = new String(file.getData().readAllBytes(), StandardCharsets.UTF_8);
    return new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT).stream()
        .map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).toList();
  }

  @Test
  @DisplayName("free text in the Q&A channel chooses for the one who wrote it")
  void freeText() throws Exception {
    // when
    Harness.Chat chat = harness.chat("1001", "777", "vragen", true, "zet de workshop van Breda in mijn programma")
        .send();

    // then
    assertThat(Harness.texts(chat.replies())).containsExactly(BREDA_CHOSEN);
    assertThat(harness.requests.choices().of("1001")).extracting(s -> s.id()).containsExactly("workshop-breda");
  }
}
