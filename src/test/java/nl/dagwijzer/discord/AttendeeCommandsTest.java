package nl.dagwijzer.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

final class AttendeeCommandsTest {
  @TempDir
  Path dir;

  private Harness harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = new Harness(dir);
  }

  @Test
  @DisplayName("/vraag answers the question, visible only to the asker")
  void ask() {
    // when
    Harness.Slash slash = harness.slash("vraag", "1001").option("vraag", "wanneer is de lunch?").run();

    // then
    assertThat(slash.sent).containsExactly("De lunch is van 12:30 tot 13:00.");
    assertThat(slash.allEphemeral()).isTrue();
  }

  @Test
  @DisplayName("/vraag with openbaar:true answers for everyone in the channel")
  void askPublic() {
    // when
    Harness.Slash slash = harness.slash("vraag", "1001").option("vraag", "wanneer is de lunch?")
        .option("openbaar", true).run();

    // then
    assertThat(slash.sent).containsExactly("De lunch is van 12:30 tot 13:00.");
    assertThat(slash.nonePrivate()).isTrue();
  }

  @Test
  @DisplayName("/programma shows the day as an embed with one field per slot")
  void programme() {
    // when
    Harness.Slash slash = harness.slash("programma", "1001").run();

    // then
    assertThat(slash.sent).containsExactly("""
        [Divosa Vrijdag: Coöperatief ondernemen & de P-wet]
        10:00–10:05 | ‘Welkom’ (Gertru Diender)
        10:05–10:25 | ‘Algemene inleiding over coöperatief ondernemen’ (Bob de Levita en David Sondorp)
        10:25–10:45 | ‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (Maartje Bos)
        10:45–10:55 | De koffiepauze
        11:00–12:30 | Keuze uit ‘Workshop Amsterdam’ (Maartje Bos), ‘Workshop Zoetermeer’ (Annemiek Enter, 45 \
        minuten) en ‘Workshop Breda’ (Michiel Luigjes, 45 minuten)
        12:30–13:00 | De lunch""");
    assertThat(slash.allEphemeral()).isTrue();
  }

  @Test
  @DisplayName("/nu shows what is on now (10:50 on the test clock)")
  void now() {
    // when
    Harness.Slash slash = harness.slash("nu", "1001").run();

    // then
    assertThat(slash.sent).containsExactly("[Nu (10:50)]\n10:45–10:55 | De koffiepauze");
  }

  @Test
  @DisplayName("/straks tells what comes next")
  void next() {
    // when
    Harness.Slash slash = harness.slash("straks", "1001").run();

    // then
    assertThat(slash.sent).containsExactly("Hierna, van 11:00 tot 12:30: keuze uit ‘Workshop Amsterdam’ (Maartje"
        + " Bos), ‘Workshop Zoetermeer’ (Annemiek Enter, 45 minuten) en ‘Workshop Breda’ (Michiel Luigjes, 45"
        + " minuten).");
  }

  @Test
  @DisplayName("/workshops lists the workshops as an embed")
  void workshops() {
    // when
    Harness.Slash slash = harness.slash("workshops", "1001").run();

    // then
    assertThat(slash.sent).containsExactly("""
        [Workshops]
        11:00–12:30 | • ‘Workshop Amsterdam’ door Maartje Bos, 90 minuten (1,5 uur)
        • ‘Workshop Zoetermeer’ door Annemiek Enter, 45 minuten
        • ‘Workshop Breda’ door Michiel Luigjes, 45 minuten""");
  }

  @Test
  @DisplayName("/help explains what to ask")
  void help() {
    // when
    Harness.Slash slash = harness.slash("help", "1001").run();

    // then
    assertThat(slash.sent).containsExactly("""
        Ik beantwoord vragen over het programma van Divosa Vrijdag: Coöperatief ondernemen & de P-wet: tijden, \
        sprekers, zalen, workshops en waar de onderdelen over gaan. Vraag bijvoorbeeld:
        • wanneer is de lunch?
        • wie spreekt over Breda?
        • welke workshops zijn er?
        • wat is er nu?""");
  }

  @Test
  @DisplayName("/spreker with a speaker id from the autocomplete tells who it is")
  void speaker() {
    // when
    Harness.Slash byId = harness.slash("spreker", "1001").option("naam", "maartje-bos").run();
    Harness.Slash byName = harness.slash("spreker", "1002").option("naam", "maartje bos").run();

    // then
    String expected = "Maartje Bos is projectleider 'Meer ondernemen' bij gemeente Amsterdam. Op het programma:"
        + " ‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (10:25–10:45) en ‘Workshop Amsterdam’"
        + " (11:00–12:30).";
    assertThat(byId.sent).containsExactly(expected);
    assertThat(byName.sent).containsExactly(expected);
  }

  @Test
  @DisplayName("/spreker with an unknown name is refused privately")
  void unknownSpeaker() {
    // when
    Harness.Slash slash = harness.slash("spreker", "1001").option("naam", "Jan Jansen").option("openbaar", true)
        .run();

    // then
    assertThat(slash.sent).containsExactly("Ik vind geen spreker 'Jan Jansen' in het programma. Kies een naam uit de"
        + " lijst.");
    assertThat(slash.allEphemeral()).isTrue();
  }

  @Test
  @DisplayName("the speaker autocomplete offers the current programme's speakers matching what was typed")
  @SuppressWarnings("unchecked")
  void autocomplete() {
    // given
    CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
    AutoCompleteQuery query = mock(AutoCompleteQuery.class);
    AutoCompleteCallbackAction action = mock(AutoCompleteCallbackAction.class, RETURNS_SELF);
    when(event.getName()).thenReturn("spreker");
    when(event.getFocusedOption()).thenReturn(query);
    when(query.getValue()).thenReturn("mi");
    when(event.replyChoices(anyCollection())).thenReturn(action);

    // when
    harness.listener.onCommandAutoCompleteInteraction(event);

    // then
    ArgumentCaptor<Collection<Command.Choice>> choices = ArgumentCaptor.forClass(Collection.class);
    verify(event).replyChoices(choices.capture());
    assertThat(choices.getValue()).extracting(c -> c.getName() + " = " + c.getAsString()).containsExactly(
        "Annemiek Enter (gemeente Zoetermeer) = annemiek-enter",
        "Michiel Luigjes (gemeente Breda) = michiel-luigjes");
  }

  @Test
  @DisplayName("slash questions count towards the flood limit; the warning is private")
  void floodOnSlash() {
    // given
    for (int i = 0; i < 5; i++) {
      harness.slash("nu", "1001").run();
    }

    // when
    Harness.Slash sixth = harness.slash("vraag", "1001").option("vraag", "wanneer is de lunch?")
        .option("openbaar", true).run();

    // then
    assertThat(sixth.sent).containsExactly("Even rustig aan: je stelt veel vragen kort na elkaar. Over een halve"
        + " minuut help ik je graag verder.");
    assertThat(sixth.allEphemeral()).isTrue();
  }

  @Test
  @DisplayName("every command is registered with a Dutch description and the attendee ones have 'openbaar'")
  void definitions() {
    // when
    var commands = harness.router.definitions();

    // then
    assertThat(commands).extracting(c -> c.getName()).containsExactly("vraag", "programma", "nu", "straks",
        "workshops", "spreker", "help", "kies", "vergeet", "mijnprogramma", "herinneringen", "agenda", "aankondiging",
        "aankondigingen", "aankondiging-intrekken", "herlaad", "onbeantwoord");
    assertThat(commands.subList(0, 7)).allSatisfy(c ->
        assertThat(c.getOptions()).extracting(o -> o.getName()).contains("openbaar"));
    assertThat(commands.subList(7, 12)).allSatisfy(c -> assertThat(c.getDefaultPermissions().getPermissionsRaw())
        .isNull());
    assertThat(commands.subList(12, 17)).allSatisfy(c -> assertThat(c.getDefaultPermissions().getPermissionsRaw())
        .isNotNull());
  }
}
