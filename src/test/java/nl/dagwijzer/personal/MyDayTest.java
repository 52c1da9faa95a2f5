package nl.dagwijzer.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dagwijzer.answer.Overview;
import nl.dagwijzer.store.PersonalMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A user's day: plenary sessions, breaks, choices, and what is not chosen yet")
final class MyDayTest {
  private static final String PLENARY = """
      Mijn programma: Divosa Vrijdag: Coöperatief ondernemen & de P-wet
      10:00–10:05 | ‘Welkom’ (Gertru Diender)
      10:05–10:25 | ‘Algemene inleiding over coöperatief ondernemen’ (Bob de Levita en David Sondorp)
      10:25–10:45 | ‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (Maartje Bos)
      10:45–10:55 | De koffiepauze
      """;

  @TempDir
  Path dir;
  private PersonalDay day;

  @BeforeEach
  void setUp() throws Exception {
    day = new PersonalDay(dir);
  }

  @AfterEach
  void tearDown() {
    day.close();
  }

  private static String render(Overview overview) {
    return overview.title() + "\n" + overview.entries().stream().map(e -> e.heading() + " | " + e.body())
        .collect(Collectors.joining("\n"));
  }

  @Test
  @DisplayName("nothing chosen: every block, 'nog niet gekozen' for the workshops, reminders on")
  void nothingChosen() throws Exception {
    // when
    MyDay myDay = day.myDays(10).of("1001");

    // then
    assertThat(render(myDay.overview())).isEqualTo(PLENARY + """
        11:00–12:30 | Nog niet gekozen: ‘Workshop Amsterdam’ (Maartje Bos), ‘Workshop Zoetermeer’ (Annemiek Enter) \
        of ‘Workshop Breda’ (Michiel Luigjes)
        12:30–13:00 | De lunch
        Herinneringen | Je krijgt 10 minuten voor elk onderdeel in je programma een privébericht.""");
    assertThat(myDay.openBlocks()).extracting(MyDay.Block::start).containsExactly(LocalTime.of(11, 0));
    assertThat(myDay.choseAnything()).isFalse();
  }

  @Test
  @DisplayName("a workshop and the lunch chosen: the choice with its length, the lunch marked for a reminder")
  void chosen() throws Exception {
    // given
    day.choices.choose("1001", day.store.current().session("workshop-breda").orElseThrow());
    day.choices.choose("1001", day.store.current().session("lunch").orElseThrow());

    // when
    MyDay myDay = day.myDays(10).of("1001");

    // then
    assertThat(render(myDay.overview())).isEqualTo(PLENARY + """
        11:00–12:30 | Je keuze: ‘Workshop Breda’ (Michiel Luigjes), 45 minuten
        12:30–13:00 | De lunch
        In je programma: je krijgt een herinnering.
        Herinneringen | Je krijgt 10 minuten voor elk onderdeel in je programma een privébericht.""");
    assertThat(myDay.openBlocks()).isEmpty();
    assertThat(myDay.choseAnything()).isTrue();
  }

  @Test
  @DisplayName("reminders off by the user, and a message that could not be delivered, are said")
  void remindersOffAndUndelivered() throws Exception {
    // given
    day.state.settings().set("1001", false);
    day.at("10:50");
    day.state.messages().record(new PersonalMessages.Key("1001", PersonalDay.DAY, PersonalMessages.Kind.REMINDER,
        "workshop-breda", LocalTime.of(11, 0)), false, Optional.of("je privéberichten staan dicht"),
        day.clock.instant());

    // when
    MyDay myDay = day.myDays(10).of("1001");

    // then
    assertThat(myDay.overview().entries().get(myDay.overview().entries().size() - 1).body()).isEqualTo(
        "Je herinneringen staan uit; zet ze aan met /herinneringen aan:true.\nNiet bezorgd: 1 bericht (10:50,"
            + " herinnering voor ‘Workshop Breda’: je privéberichten staan dicht).");
  }

  @Test
  @DisplayName("with personal reminders off on the server, the day says so")
  void serverOff() throws Exception {
    // when
    MyDay myDay = day.myDays(0).of("1001");

    // then
    assertThat(myDay.overview().entries().get(myDay.overview().entries().size() - 1).body())
        .isEqualTo("Persoonlijke herinneringen staan op deze server uit.");
  }
}
