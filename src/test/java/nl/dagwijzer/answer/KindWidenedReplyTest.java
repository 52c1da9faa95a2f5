package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "welke concerten zijn er in de gasthuiskerk?" when only some concerts say "concert" in their
 * titles and none of those is there: the sessions of their kind that meet the condition (rows from the misses of a
 * later tuning day).
 */
@DisplayName("A plural word for a kind some titles do not use")
final class KindWidenedReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // in a room: the string quartets and the duo are concerts too
      "tune55-kamermuziekfestival | welke concerten zijn er in de gasthuiskerk | Op het programma: / •"
          + " ‘Strijkkwartetten"
          + " van Haydn en Ravel’ (Thomas Brinkman), in Gasthuiskerk, 11:30–12:30 / • ‘Viool en piano: Franck en"
          + " Janáček’ (Yara Mansour en Ruben Hagedoorn), in Gasthuiskerk, 13:30–14:30 / • ‘Strijkkwartetten van Haydn"
          + " en Ravel’ (Thomas Brinkman), in Gasthuiskerk, 16:00–17:00",
      // of a length: the 45-minute lunch concert stays out; the talk in the church (a question time) is no concert
      "tune55-kamermuziekfestival | welke concerten duren precies een uur | Van 60 minuten (1 uur): / •"
          + " ‘Openingsconcert: Schuberts Forellenkwintet’ (Ans Veldkamp, Jorien Kuipers, Daan Everts, Marieke"
          + " Schoonderwoerd, Noor Bakker en Sanne de Wit), 60 minuten (1 uur), in Martinikerk, 10:00–11:00 / •"
          + " ‘Strijkkwartetten van Haydn en Ravel’ (Thomas Brinkman), 60 minuten (1 uur), in Gasthuiskerk,"
          + " 11:30–12:30 / • ‘Viool en piano: Franck en Janáček’ (Yara Mansour en Ruben Hagedoorn), 60 minuten"
          + " (1 uur), in Gasthuiskerk, 13:30–14:30 / • ‘Strijkkwartetten van Haydn en Ravel’ (Thomas Brinkman),"
          + " 60 minuten (1 uur), in Gasthuiskerk, 16:00–17:00 / • ‘Barok bij kaarslicht: Telemann en Vivaldi’ (Femke"
          + " Dijkhuis), 60 minuten (1 uur), in Doopsgezinde Kerk, 16:30–17:30"})
  @DisplayName("lists the sessions of that kind")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
