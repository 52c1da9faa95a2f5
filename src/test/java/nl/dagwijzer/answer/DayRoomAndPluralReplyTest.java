package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies about the day itself, named by a word of its title ("de beurs" of a "Voorjaarsbeurs"): how long it is
 * still open, and whether it can be reached with a wheelchair by the day's own summary; a room by the last part of
 * its compound ("het podium" of "Kampvuurpodium"); what one can do between two sessions, which sessions rather than
 * when; and a session named in a plural that doubles its last consonant ("proefritten" of "Proefrit met de
 * campervan"). Line breaks " / ".
 */
@DisplayName("The day itself, a room by its last part, and a plural that doubles a consonant")
final class DayRoomAndPluralReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" at {0}")
  @CsvSource(delimiter = '|', value = {
      "15:30 | hoe lang is de beurs nog open | Nog 90 minuten (1,5 uur): het programma eindigt om 17:00.",
      "11:10 | is de beurs goed toegankelijk met een rolstoel | Ja, uit de beschrijving van de dag: Alle hallen zijn"
          + " gelijkvloers en rolstoeltoegankelijk; Zaal Het Bivak op de eerste verdieping is bereikbaar met een lift.",
      "11:10 | wanneer zijn de proefritten | ‘Proefrit met de campervan’ (Sander Kloosterboer) duurt 20 minuten en"
          + " valt tussen 10:30 en 12:00; hoe laat precies staat niet in het programma, in Proefritplein (buitenterrein"
          + " bij ingang Oost). / ‘Proefrit met de campervan’ (Sander Kloosterboer) duurt 20 minuten en valt tussen"
          + " 13:30 en 16:00; hoe laat precies staat niet in het programma, in Proefritplein (buitenterrein bij ingang"
          + " Oost).",
      "11:10 | wat is er op het podium voor het panel | Voor ‘Vrij kamperen in Europa: wat mag wel en wat niet?’: /"
          + " • ‘Welkom en officiële opening’ (Marloes Veenstra en Daan Hofstede), in Kampvuurpodium (Hal 2),"
          + " 10:00–10:15 / • ‘Te voet door de Ardennen: acht dagen over het Semoispad’ (Joost Terpstra), in"
          + " Kampvuurpodium (Hal 2), 10:30–11:15 / • ‘Met de camper naar de Noordkaap’ (Ria Bolhuis), in"
          + " Kampvuurpodium (Hal 2), 11:30–12:15",
      "11:10 | wat kan ik doen tussen de noordkaaplezing en het panel | Tussen ‘Met de camper naar de Noordkaap’ en"
          + " ‘Vrij kamperen in Europa: wat mag wel en wat niet?’: / • ‘Koken op het gasstel’ (Femke Wijnands), in"
          + " Buitenkeuken (Hal 3), 12:30–13:15 / • ‘Kaartlezen en navigeren zonder gps’ (Bram Oosterwijk), in Zaal"
          + " Het Bivak (eerste verdieping), 13:00–14:00",
      // a yes or no of a session the programme has, however unlike a question about the day it sounds
      "11:10 | mag ik een proefrit maken als ik 19 ben | Nee, uit de beschrijving van ‘Proefrit met de campervan’: Je"
          + " hebt een geldig rijbewijs B nodig en moet minimaal 21 jaar zijn; neem je rijbewijs mee."})
  @DisplayName("answer of the day, the room and the session the words name")
  void replies(LocalTime time, String question, String expected) {
    // given a camping fair open until 17:00 whose summary says its halls are wheelchair accessible, when
    String reply = replyAt(time, "tune63-kampeerbeurs.json", question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // "kerstballen blazen" is the alias "kerstbal blazen" of a workshop given four times
      "tune58-glasblazersdag.json | wie begeleidt het zelf kerstballen blazen | Bij ‘Blaas je eigen kerstbal’"
          + " (10:30–11:30, 11:45–12:45, 13:45–14:45 en 15:00–16:00) spreekt Ruben Kolkman (glasblazer en docent,"
          + " Glasblazerij De Vlamkern)."})
  @DisplayName("read a plural that doubles a consonant as the name it starts")
  void plural(String programme, String question, String expected) {
    // given a programme whose name starts with the singular, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
