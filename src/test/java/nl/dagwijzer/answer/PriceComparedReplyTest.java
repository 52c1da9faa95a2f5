package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions that compare sessions by the price their descriptions give: the dearest, the cheapest,
 * or those below or above an amount, each with the sentence that gives its price; of the sessions a topic asked
 * about ("kosten", the topic of the entry fees) gathers, when it does; a surcharge or a prize is no price of taking
 * part. Line breaks " / ".
 */
@DisplayName("Sessions compared by price")
final class PriceComparedReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune40-hardloopdag.json | welke afstand is het duurst | Het duurst is ‘Halve marathon’ (11:00–14:00): Inschrijven"
          + " kost € 25.",
      "tune40-hardloopdag.json | wat is de goedkoopste afstand | Het goedkoopst is ‘Kidsrun’ (09:30–10:00): Deelname"
          + " kost € 4.",
      "tune40-hardloopdag.json | welke lopen kosten minder dan 15 euro | Minder dan € 15 kosten: / • ‘Kidsrun’"
          + " (09:30–10:00): Deelname kost € 4. / • ‘5 km-loop’ (10:00–11:00): Inschrijven kost € 12.",
      "tune40-hardloopdag.json | welke lopen kosten meer dan 50 euro | Meer dan € 50 kost niets op het programma; het"
          + " duurst is ‘Halve marathon’ (11:00–14:00): Inschrijven kost € 25.",
      "tune40-hardloopdag.json | welke loop is goedkoper, de 5 km of de 10 km | Het goedkoopst is ‘5 km-loop’"
          + " (10:00–11:00): Inschrijven kost € 12."})
  @DisplayName("name the sessions the prices decide, with what they cost")
  void compared(String programme, String question, String expected) {
    // given a programme whose descriptions give prices, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
