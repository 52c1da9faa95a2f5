package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "hoe lang nog?" on an online morning (5 February 2026, 09:15–12:30) with three break-outs at 11:35, a short
 * break 10:40–10:50, a Q&A 12:05–12:25 and a closing until 12:30: minutes from the clock, never a session's length.
 */
@DisplayName("Replies to 'hoe lang nog'")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class WaitReplyTest {
  private static final Path ONLINE = Path.of("src/test/resources/programmes/tune5-kennissessie.json");

  private Understander understander;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
  }

  @ParameterizedTest(name = "at {0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "11:20 | hoe lang moet ik nog wachten tot de break-outs | Nog 15 minuten: om 11:35 beginnen ‘Signaleren op"
          + " school’ (Mirjam Dekker), ‘Jongeren zelf aan het woord’ (Sevda Öztürk en Jesse van der Horst) en"
          + " ‘Samenwerken rond het gezin: school, buurtteam en huisarts’ (Hanneke ter Beek en Rachid el Idrissi).",
      // waiting for a start, without "nog"
      "11:20 | hoe lang moet ik wachten tot de q&a begint | Nog 45 minuten: om 12:05 begint ‘Q&A met de sprekers’"
          + " (Lieke van den Berg, Yasmina Haddou en Wouter de Vries).",
      "11:20 | hoeveel tijd heb ik nog tot de q&a | Nog 45 minuten: om 12:05 begint ‘Q&A met de sprekers’"
          + " (Lieke van den Berg, Yasmina Haddou en Wouter de Vries).",
      "11:50 | hoe lang duurt deze ronde nog            | Dit blok duurt nog 15 minuten, tot 12:05.",
      "11:50 | hoe lang duurt dit nog                   | Dit blok duurt nog 15 minuten, tot 12:05.",
      // during the Q&A "het" is what is on, and the day ends after it
      "12:10 | hoe lang duurt het nog                   | ‘Q&A met de sprekers’ (Lieke van den Berg, Yasmina Haddou"
          + " en Wouter de Vries) duurt nog 15 minuten, tot 12:25; het programma eindigt om 12:30.",
      "12:15 | hoe lang duurt het nog tot het einde     | Nog 15 minuten: om 12:30 eindigt ‘Afsluiting en"
          + " vooruitblik’ (Lieke van den Berg).",
      "12:15 | hoe lang duurt het nog tot de pauze      | De korte pauze was van 10:40 tot 10:50 en is al voorbij.",
      "08:15 | hoe lang duurt het nog                   | Het programma begint over 60 minuten (1 uur), om 09:15,"
          + " en loopt tot 12:30.",
      "12:10 | hoe lang duurt de Q&A nog                | ‘Q&A met de sprekers’ (Lieke van den Berg, Yasmina Haddou"
          + " en Wouter de Vries) duurt nog 15 minuten, tot 12:25."})
  @DisplayName("counts from the clock to the start, or to the end of what is on")
  void fromTheClock(String clock, String question, String expected) {
    // given the online morning at that time
    Assistant assistant = Fixtures.assistantOn(ONLINE, LocalTime.parse(clock), understander);
    // when
    Reply reply = assistant.ask("wait", question);
    // then
    assertThat(reply.understanding().query().asked()).isEqualTo(Asked.DURATION);
    assertThat(reply.text()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "at 12:40: \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      // "de volgende" is the next to start, not the tour that is on; "wachten op" waits for it as "wachten tot" does
      "hoe lang moet ik wachten op de volgende rondleiding | Nog 50 minuten: om 13:30 begint ‘Rondleiding door het"
          + " kasteel’ (Marloes Peeters).",
      "hoe lang is het nog tot de volgende rondleiding | Nog 50 minuten: om 13:30 begint ‘Rondleiding door het"
          + " kasteel’ (Marloes Peeters).",
      "hoe lang duurt de rondleiding nog | ‘Rondleiding door het kasteel’ (Henk van Aalst) duurt nog 35 minuten, tot"
          + " 13:15.",
      // until the day closes: its end, not the end of the tour that is on
      "hoe lang is het nog tot alles dichtgaat | Nog 260 minuten (4 uur en 20 minuten): het programma eindigt om"
          + " 17:00."})
  @DisplayName("waits for the next of a series to start, or for the one that is on to end")
  void nextOfSeries(String question, String expected) {
    // given the castle day at 12:40, during a tour, with the next at 13:30
    Assistant assistant = Fixtures.assistantOn(Path.of("src/test/resources/programmes/tune49-kasteeldag.json"),
        LocalTime.of(12, 40), understander);
    // when
    Reply reply = assistant.ask("wait", question);
    // then
    assertThat(reply.text()).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("'hoe lang duurt de presentatie nog?' while the first of two is on: to its end, not to the second")
  void whatIsOnLasts() {
    // given the information evening at 19:50, during the first of two presentations
    Assistant assistant = Fixtures.assistantOn(Path.of("src/test/resources/programmes/tune18-informatieavond.json"),
        LocalTime.of(19, 50), understander);
    // when
    Reply reply = assistant.ask("wait", "hoe lang duurt de presentatie nog");
    // then
    assertThat(reply.text()).isEqualTo("‘Presentatie: de plannen voor het Lindeplein en Wijkcentrum De Linde’ (Bas"
        + " ten Hove en Ingrid van der Meulen) duurt nog 10 minuten, tot 20:00.");
  }
}
