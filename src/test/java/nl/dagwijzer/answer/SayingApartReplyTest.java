package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "bij welke kidsparcoursen zijn handschoenen verplicht?": of a kind, the sessions whose texts use
 * the words of the question, leaving out a word each of them uses (rows from the misses of the later tuning days).
 */
@DisplayName("Which sessions of a kind say the words asked about")
final class SayingApartReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // every parcours says "verplicht" (a helmet for the youngest), two say "handschoenen"
      "tune54-mountainbikedag | bij welke kidsparcoursen zijn handschoenen verplicht | Op het programma: /"
          + " • ‘Kidsparcours 7-9 jaar’ (Sanne ter Horst en Daan Kampman), in Oefenveld achter het clubhuis,"
          + " 11:00–11:45 / • ‘Kidsparcours 10-12 jaar’ (Daan Kampman), in Oefenveld achter het clubhuis, 12:00–12:45"
          + " / • ‘Kidsparcours 7-9 jaar’ (Sanne ter Horst en Daan Kampman), in Oefenveld achter het clubhuis,"
          + " 14:00–14:45 / Uit de beschrijving van ‘Kidsparcours 7-9 jaar’: Helm en handschoenen verplicht. / Uit de"
          + " beschrijving van ‘Kidsparcours 10-12 jaar’: Helm en handschoenen verplicht.",
      // with an order, every session of the kind is compared, not only those saying "ingeschreven"
      "tune53-paardenmarkt | bij welke veulenkeuring zijn de meeste veulens ingeschreven | Volgens de beschrijvingen"
          + " de meeste veulens: ‘Veulenkeuring KWPN’ (30 veulens)."})
  @DisplayName("lists those that say it")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
