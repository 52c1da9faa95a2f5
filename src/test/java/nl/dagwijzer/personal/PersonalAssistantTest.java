package nl.dagwijzer.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import nl.dagwijzer.answer.Reply;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.store.UnansweredLog;
import nl.dagwijzer.testing.Fixtures;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.testing.FlakyState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The personal assistant: free text acts for the user; what it cannot answer is counted")
final class PersonalAssistantTest {
  @TempDir
  Path dir;
  private PersonalDay day;
  private PersonalAssistant assistant;

  @BeforeEach
  void setUp() throws Exception {
    day = new PersonalDay(dir);
    assistant = assistant(new PersonalRequests(day.choices, day.state.settings(), 10));
  }

  @AfterEach
  void tearDown() {
    day.close();
  }

  private PersonalAssistant assistant(PersonalRequests requests) {
    return new PersonalAssistant(Fixtures.assistant(day.store, Fixtures.understander(), day.clock), requests,
        Optional.of(new UnansweredQuestions(day.state.unanswered(), day.store, day.clock)));
  }

  @Test
  @DisplayName("'zet de workshop van Breda in mijn programma' puts it in that user's programme only")
  void choosesForTheUser() throws Exception {
    // when
    Reply reply = assistant.ask("1001", "c1", "zet de workshop van Breda in mijn programma");

    // then
    assertThat(reply.text()).isEqualTo("‘Workshop Breda’ (45 minuten, ergens tussen 11:00 en 12:30) staat in je"
        + " programma.\nJe krijgt 10 minuten van tevoren een herinnering als privébericht.");
    assertThat(reply.understanding().intent()).isEqualTo(Intent.CHOOSE);
    assertThat(day.choices.of("1001")).extracting(s -> s.id()).containsExactly("workshop-breda");
    assertThat(day.choices.of("1002")).isEmpty();
  }

  @Test
  @DisplayName("with reminders off, the confirmation says how to turn them on")
  void remindersOff() throws Exception {
    // given
    day.state.settings().set("1001", false);

    // when
    Reply reply = assistant.ask("1001", "c1", "herinner me aan de lunch");

    // then
    assertThat(reply.text()).isEqualTo("De lunch (12:30–13:00) staat in je programma.\nJe herinneringen staan uit;"
        + " zet ze aan met /herinneringen aan:true.");
  }

  @Test
  @DisplayName("a choice the state cannot store is refused in Dutch, and nothing changes")
  void notStored() throws Exception {
    try (StateDatabase db = StateDatabase.open(dir.resolve("vol"), Fixtures.AMSTERDAM, day.clock)) {
      // given
      FlakyState flaky = new FlakyState(db);
      Choices choices = new Choices(day.store, flaky.personal().choices(), day.clock);
      PersonalAssistant full = assistant(new PersonalRequests(choices, day.state.settings(), 10));
      flaky.writesFail(true);

      // when
      Reply reply = full.ask("1001", "c1", "ik ga naar de workshop van Zoetermeer");

      // then
      assertThat(reply.text()).isEqualTo("Dat kon niet worden opgeslagen (de schijf is vol). Er is niets"
          + " veranderd; probeer het zo nog eens.");
      assertThat(choices.of("1001")).isEmpty();
    }
  }

  @Test
  @DisplayName("a question it does not know is counted as text only; an answered question is not")
  void countsUnanswered() throws Exception {
    // when
    assistant.ask("1001", "c1", "Wat is het wifi-wachtwoord?");
    assistant.ask("1002", "c2", "wat is het wifi wachtwoord");
    assistant.ask("1003", "c3", "wanneer is de lunch");

    // then
    assertThat(day.state.unanswered().top(PersonalDay.DAY, 20)).extracting(UnansweredLog.Question::text,
        UnansweredLog.Question::count).containsExactly(org.assertj.core.groups.Tuple.tuple(
        "wat is het wifi wachtwoord", 2));
  }

  @Test
  @DisplayName("a yes/no question about something the programme lacks is counted too; one it answers is not")
  void countsAbsentThings() throws Exception {
    // when
    assistant.ask("1001", "c1", "is er een pianist");
    assistant.ask("1002", "c2", "wanneer is de lunch");

    // then
    assertThat(day.state.unanswered().top(PersonalDay.DAY, 20)).extracting(UnansweredLog.Question::text,
        UnansweredLog.Question::count).containsExactly(org.assertj.core.groups.Tuple.tuple("is er een pianist", 1));
  }
}
