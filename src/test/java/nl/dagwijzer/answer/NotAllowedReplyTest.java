package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole replies to where something one brings may not go: the sessions whose descriptions say no to it. */
@DisplayName("Where a dog, a pram or a wheelchair cannot go")
final class NotAllowedReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // the one sentence that turns the dog away, not the one that asks to keep dogs close
      "tune51-kasteeldag | waar mag mijn hond niet bij zijn | Volgens het programma kan dat hier niet: / •"
          + " ‘Valkeniersdemonstratie’ (13:00–13:45): Honden zijn tijdens de demonstratie niet welkom op de weide.",
      // "rolstoeltoegankelijk" written as one word; the gardens a topic on wheelchairs lists are the ones that are
      "tune42-tuinendag | welke tuinen zijn niet toegankelijk voor rolstoelen | Volgens het programma kan dat hier"
          + " niet: / • ‘Japanse tuin Van 't Hoog’ (10:00–13:00): Niet rolstoeltoegankelijk vanwege de stapstenen."
          + " / • ‘Natuurtuin De Wilde Hoek’ (12:00–16:00): Niet rolstoeltoegankelijk: smalle, onverharde paadjes;"
          + " stevige schoenen aanbevolen. / • ‘Tuin Ten Brink’ (13:00–17:00): Niet toegankelijk voor rolstoelen"
          + " vanwege grindpaden en trappen.",
      // "pers" also names the press moment: where the press may not come is asked all the same
      "tune33-werkbezoek | bij welke gesprekken is er geen pers welkom | Volgens het programma kan dat hier niet: /"
          + " • ‘Gesprek met klanten van de voedselbank’ (09:50–10:15): Dit gesprek is besloten: geen pers en geen"
          + " foto's. / • ‘Keukentafelgesprek met inwoners’ (12:25–12:50): Besloten gesprek: geen pers.",
      // no text turns a dog away: say so
      "tune52-danstoernooi | waar mag mijn hond niet komen | Dat staat niet in het programma: het noemt geen"
          + " onderdeel waar dat niet kan.",
      // a room named: the clause with the word asked and the room's name says no, whatever else the sentence allows
      "tune62-hondenschool | mag mijn hond mee de kantine in | Nee, uit de beschrijving van de lunchpauze: Honden"
          + " mogen niet in de kantine; op het terras buiten mag je hond aangelijnd mee.",
      // a yes or no on the one line about the thing: no when that line turns it away, whatever the line names first
      "tune70-sponsorloop | mag mijn hond mee bij de hardlooprace | Nee, bij ‘Hardlooprace’ (13:00–15:00, in"
          + " Parcours): Honden en kinderwagens, ook joggingbuggy's, zijn bij de hardlooprace niet toegestaan.",
      "tune70-sponsorloop | mag ik met een joggingbuggy de hardlooprace lopen | Nee, bij ‘Hardlooprace’"
          + " (13:00–15:00, in Parcours): Honden en kinderwagens, ook joggingbuggy's, zijn bij de hardlooprace niet"
          + " toegestaan."})
  @DisplayName("lists the sessions that say no, with the sentence")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
