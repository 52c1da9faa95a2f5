package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import nl.dagwijzer.testing.ManualClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Conversations")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ConversationTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  private static final String BREDA_WHEN = "‘Workshop Breda’ (Michiel Luigjes) duurt 45 minuten en valt tussen 11:00 "
      + "en 12:30; hoe laat precies staat niet in het programma.";
  private static final String BREDA_WHO = "Bij ‘Workshop Breda’ (45 minuten, ergens tussen 11:00 en 12:30) spreekt "
      + "Michiel Luigjes (beleidsadviseur Sociaal Domein, gemeente Breda).";
  private static final String BREDA_DURATION = "‘Workshop Breda’ (Michiel Luigjes) duurt 45 minuten, ergens tussen "
      + "11:00 en 12:30; hoe laat precies staat niet in het programma.";
  private static final String ZOETERMEER_DURATION = "‘Workshop Zoetermeer’ (Annemiek Enter) duurt 45 minuten, "
      + "ergens tussen 11:00 en 12:30; hoe laat precies staat niet in het programma.";
  private static final String LUNCH_WHEN = "De lunch is van 12:30 tot 13:00.";
  private static final String LUNCH_WHO = "Bij de lunch (12:30–13:00) staat geen spreker in het programma.";

  private Understander understander;
  private ManualClock clock;
  private Assistant assistant;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  @BeforeEach
  void freshAssistant() {
    clock = Fixtures.clockAt(DAY, LocalTime.of(11, 10));
    assistant = Fixtures.assistant(Fixtures.store(Fixtures.PROGRAMME), understander, clock);
  }

  @Test
  @DisplayName("follow-ups without a name stay about the workshop named first")
  void followUpsKeepTheSession() {
    // given
    Reply when = assistant.ask("zaal", "wanneer is de workshop van Breda");
    // when
    Reply who = assistant.ask("zaal", "en wie geeft die");
    Reply duration = assistant.ask("zaal", "hoe lang duurt die");
    // then
    assertThat(when.text()).isEqualTo(BREDA_WHEN);
    assertThat(who.understanding().intent()).isEqualTo(Intent.WHO);
    assertThat(who.text()).isEqualTo(BREDA_WHO);
    assertThat(duration.understanding().intent()).isEqualTo(Intent.DURATION);
    assertThat(duration.text()).isEqualTo(BREDA_DURATION);
  }

  @Test
  @DisplayName("after 'what comes next', a follow-up is about the session the reply named")
  void followUpAfterNextIsAboutTheNextSession() {
    // given
    Reply next = assistant.ask("zaal", "wat komt er na de inleiding");
    // when
    Reply who = assistant.ask("zaal", "en wie geeft dat");
    Reply after = assistant.ask("zaal", "en daarna");
    // then
    assertThat(next.text()).isEqualTo("Na ‘Algemene inleiding over coöperatief ondernemen’, van 10:25 tot 10:45: "
        + "‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (Maartje Bos).");
    assertThat(who.text()).isEqualTo("Bij ‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ "
        + "(10:25–10:45) spreekt Maartje Bos (projectleider 'Meer ondernemen', gemeente Amsterdam).");
    assertThat(after.text()).isEqualTo("Na ‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’, "
        + "van 10:45 tot 10:55: de koffiepauze.");
  }

  @Test
  @DisplayName("the day asked by its own name is the event")
  void eventByName() {
    // when
    Reply reply = assistant.ask("zaal", "wat is de divosa vrijdag");
    // then
    assertThat(reply.understanding().intent()).isEqualTo(Intent.EVENT);
    assertThat(reply.text()).startsWith("Divosa Vrijdag: Coöperatief ondernemen & de P-wet, georganiseerd door "
        + "Divosa. Het programma loopt van 10:00 tot 13:00.\n");
  }

  @ParameterizedTest(name = "after \"{0}\", \"en de lunch?\" answers: {1}")
  @CsvSource(delimiter = '|', value = {
      "wanneer is de workshop van Breda | WHEN",
      "wanneer is de koffiepauze        | WHEN",
      "wie geeft de workshop van Breda  | WHO"})
  @DisplayName("a bare name as follow-up asks the same as the question before")
  void fragmentAsksTheSame(String first, Intent intent) {
    // given
    assistant.ask("zaal", first);
    // when
    Reply reply = assistant.ask("zaal", "en de lunch?");
    // then
    assertThat(reply.understanding().fragment()).isTrue();
    assertThat(reply.understanding().intent()).isEqualTo(intent);
    assertThat(reply.understanding().entities()).containsExactly(new Entity(EntityType.SESSION, "lunch", "lunch"));
    assertThat(reply.text()).isEqualTo(intent == Intent.WHEN ? LUNCH_WHEN : LUNCH_WHO);
  }

  @Test
  @DisplayName("a bare name without anything before asks when it is")
  void fragmentWithoutContext() {
    // given a conversation that has not asked anything
    // when
    Reply reply = assistant.ask("zaal", "en de lunch?");
    // then
    assertThat(reply.understanding().intent()).isEqualTo(Intent.WHEN);
    assertThat(reply.text()).isEqualTo(LUNCH_WHEN);
  }

  @Test
  @DisplayName("keeps the context of each conversation id apart")
  void conversationsDoNotMix() {
    // given two attendees asking at the same time
    assistant.ask("anna", "wanneer is de workshop van Breda");
    assistant.ask("bram", "wanneer is de workshop van Zoetermeer");
    // when
    Reply anna = assistant.ask("anna", "hoe lang duurt die");
    Reply bram = assistant.ask("bram", "hoe lang duurt die");
    // then
    assertThat(anna.text()).isEqualTo(BREDA_DURATION);
    assertThat(bram.text()).isEqualTo(ZOETERMEER_DURATION);
  }

  @Test
  @DisplayName("a new conversation id does not inherit another's last question")
  void newConversationStartsEmpty() {
    // given
    assistant.ask("anna", "wie geeft de workshop van Breda");
    // when
    Reply anna = assistant.ask("anna", "en de lunch?");
    Reply bram = assistant.ask("bram", "en de lunch?");
    // then
    assertThat(anna.text()).isEqualTo(LUNCH_WHO);
    assertThat(bram.text()).isEqualTo(LUNCH_WHEN);
  }

  @ParameterizedTest(name = "after {0} minutes of silence: {1}")
  @CsvSource(delimiter = '|', value = {
      "14 | WHO",
      "15 | WHO",
      "16 | WHEN"})
  @DisplayName("forgets the context after 15 minutes of silence")
  void forgetsAfterSilence(long minutes, Intent intent) {
    // given
    assistant.ask("zaal", "wie geeft de workshop van Breda");
    clock.advance(Duration.ofMinutes(minutes));
    // when
    Reply reply = assistant.ask("zaal", "en de lunch?");
    // then
    assertThat(reply.understanding().intent()).isEqualTo(intent);
    assertThat(reply.text()).isEqualTo(intent == Intent.WHO ? LUNCH_WHO : LUNCH_WHEN);
  }

  @Test
  @DisplayName("every question restarts the silence, so a steady conversation keeps its context")
  void questionsRestartTheSilence() {
    // given
    assistant.ask("zaal", "wanneer is de workshop van Breda");
    clock.advance(Duration.ofMinutes(10));
    assistant.ask("zaal", "en wie geeft die");
    clock.advance(Duration.ofMinutes(10));
    // when
    Reply duration = assistant.ask("zaal", "hoe lang duurt die");
    // then
    assertThat(duration.text()).isEqualTo(BREDA_DURATION);
  }

  @ParameterizedTest(name = "on {0} at {1}")
  @CsvSource(delimiter = '|', value = {
      "2025-03-15 | 10:00 | zaterdag 15 maart 2025",
      "2025-03-13 | 10:00 | donderdag 13 maart 2025",
      "2026-11-27 | 11:10 | vrijdag 27 november 2026"})
  @DisplayName("a programme with a date says nothing is on when asked on another day")
  void anotherDay(LocalDate day, LocalTime time, String today) {
    // given the other programme, dated 14 March 2025
    Assistant other = Fixtures.assistant(Fixtures.store(Fixtures.OTHER_PROGRAMME), understander,
        Fixtures.clockAt(day, time));
    // when
    Reply reply = other.ask("zaal", "wat is er nu");
    // then
    assertThat(reply.understanding().intent()).isEqualTo(Intent.NOW);
    assertThat(reply.text()).isEqualTo("Vroeg erbij: schulden voorkomen in de wijk is op vrijdag 14 maart 2025; vandaag ("
        + today + ") staat er niets op het programma.");
  }
}
