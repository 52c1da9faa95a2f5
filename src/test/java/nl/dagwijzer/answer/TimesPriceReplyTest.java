package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "wat kosten 4 bakjes kibbeling?": the sentence with the price and the sum for that number, when the
 * sentence gives one amount (rows from the misses of the later tuning days).
 */
@DisplayName("The price of a number of things")
final class TimesPriceReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "tune50-havendag | wat kosten 4 bakjes kibbeling | Uit de beschrijving van ‘Vismarkt’: Kibbeling: €6,50 per"
          + " bakje. / Voor 4: 4 × € 6,50 = € 26,00.",
      "tune56-archeologiedag | hoeveel betaal ik als mijn 2 kinderen allebei meedoen aan de kinderopgraving | Uit de"
          + " beschrijving van ‘Kinderopgraving’: Aanmelden verplicht via www.bodemschatvennebroek.nl/kinderput;"
          + " kosten 3,50 euro per kind. / Voor 2: 2 × € 3,50 = € 7,00.",
      // several amounts: the sentence alone
      "tune50-havendag | wat kost de rondvaart voor 2 volwassenen | Uit de beschrijving van ‘Rondvaart door de"
          + " haven’: Kaartjes: €6, kinderen tot 12 jaar €3, kinderen onder 4 jaar gratis."})
  @DisplayName("adds the sum")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
