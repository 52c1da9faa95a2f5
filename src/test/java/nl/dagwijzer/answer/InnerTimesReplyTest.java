package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies about the times inside and around one long session: those a description lists (stations open
 * 11:00–14:00, each with "Er zijn 3 demo's: om 11:45, 12:45 en 13:45"): when, whether at a time, which one at a
 * time; and whether it lasts "de hele dag". Line breaks " / ".
 */
@DisplayName("Times inside a long session, and whether it lasts all day")
final class InnerTimesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune24-zorgtech.json | wanneer kan ik de robotkat zien | ‘Station 4: Maak kennis met robotkat Minoes’"
          + " (Anouk Veldhuis) is van 11:00 tot 14:00, in Huiskamer. / Uit de beschrijving: Er zijn 3 demo's: om"
          + " 11:45, 12:45 en 13:45; elke demo duurt 15 minuten.",
      "tune24-zorgtech.json | wanneer is de volgende demo van de robotkat | Om 11:45, bij ‘Station 4: Maak kennis met"
          + " robotkat Minoes’ (11:00–14:00, in Huiskamer). / Uit de beschrijving: Er zijn 3 demo's: om 11:45, 12:45 en"
          + " 13:45; elke demo duurt 15 minuten.",
      "tune24-zorgtech.json | hoe vaak kan ik de robotkat zien | 3 keer, bij ‘Station 4: Maak kennis met robotkat"
          + " Minoes’ (11:00–14:00, in Huiskamer). / Uit de beschrijving: Er zijn 3 demo's: om 11:45, 12:45 en 13:45;"
          + " elke demo duurt 15 minuten.",
      "tune24-zorgtech.json | is er om 12:45 een demo van de robotkat | Ja, uit de beschrijving van ‘Station 4:"
          + " Maak kennis met robotkat Minoes’: Er zijn 3 demo's: om 11:45, 12:45 en 13:45; elke demo duurt 15"
          + " minuten.",
      "tune24-zorgtech.json | is er om 11:00 een demo valdetectie | Nee, uit de beschrijving van ‘Station 2:"
          + " Valdetectie en alarmering’: Er zijn 3 demo's: om 11:15, 12:15 en 13:15; elke demo duurt 15 minuten.",
      "tune24-zorgtech.json | welke demo begint er om 12:15 | Om 12:15: ‘Station 2: Valdetectie en alarmering’"
          + " (Kees Brouwer), in Zaal De Linde, 11:00–14:00.",
      "tune24-zorgtech.json | is de ergotherapeut er de hele dag | Nee, ‘Vraag het de ergotherapeut’ is van 11:30"
          + " tot 13:30; het programma loopt van 10:00 tot 14:45."})
  @DisplayName("the times the description lists, not the opening hours")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
