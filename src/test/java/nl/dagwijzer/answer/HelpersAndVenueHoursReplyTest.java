package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "wie helpt X bij ...?", the others beside the person named as "met wie" gives them, and "tot hoe
 * laat is het bezoekerscentrum open?" where the venue is also an organisation of the speakers: the day's own hours, not
 * that organisation's sessions. Line breaks " / ".
 */
@DisplayName("Who helps a person named, and the hours of a venue that is also an organisation")
final class HelpersAndVenueHoursReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune60-timmerdag.json | wie helpt femke olthof bij het vogelhuisjes bouwen | Bij ‘Vogelhuisje bouwen’"
          + " (10:30–11:15, 11:30–12:15, 13:30–14:15, 14:30–15:15 en 15:30–16:15) spreken Femke Olthof"
          + " (jeugdbegeleider, Stichting Werkplaats De Schaafbank) en Youssef el Haddaoui (vrijwilliger"
          + " jeugdwerkplaats, Stichting Werkplaats De Schaafbank).",
      "tune60-vogeltrekdag.json | tot hoe laat is het bezoekerscentrum vandaag open | Uit de beschrijving van de"
          + " dag: Het bezoekerscentrum is deze dag open van 07:00 tot 17:30. / Het programma loopt op zaterdag 3"
          + " oktober 2026 van 07:00 tot 17:00. Wil je de tijd van een onderdeel weten? Noem het, of een spreker,"
          + " bijvoorbeeld: ‘wanneer is de theepauze?’ / Uit de beschrijving van ‘Ringdemonstratie’: Bij regen of"
          + " vanaf windkracht 5 gaan de netten niet open en vervalt de demonstratie."})
  @DisplayName("give the others beside the person, or the day's own hours")
  void answers(String programme, String question, String expected) {
    // given a programme with two people at one session, or a venue named as an organisation
    // when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
