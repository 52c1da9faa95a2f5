package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "is er om 13:00 X?" and "kan ik om half 4 nog X?" for a named session given more than once: a
 * block of an hour and a half or more that is on then is a yes, though it started earlier; a shorter tour is only
 * joined at its start, so it stays a no with the times it has.
 */
@DisplayName("A named block that is on at the time asked")
final class OnAtTimeReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune47-ijsbaan.json | is er om 13:00 vrij schaatsen | Ja, ‘Vrij schaatsen’ is van 12:30 tot 14:00, in"
          + " Hoofdbaan.",
      // (a boat every half hour: the one at that time)
      "tune47-regatta.json | kan ik om half 4 nog proefzeilen | Ja, om 15:30, bij ‘Proefzeilen voor bezoekers’"
          + " (13:30–16:00, in Steiger 3). / Uit de beschrijving: Tochtjes van 30 minuten; elk half uur vertrekt er een"
          + " boot vanaf Steiger 3.",
      "tune37-ziekenhuis.json | is er een rondleiding kinderafdeling om 13:00 | Nee, ‘Rondleiding Kinderafdeling’"
          + " (Nicole ten Have) is van 11:00 tot 11:45, in Kinderafdeling, ‘Rondleiding Kinderafdeling’ (Nicole ten"
          + " Have) is van 12:30 tot 13:15, in Kinderafdeling en ‘Rondleiding Kinderafdeling’ (Nicole ten Have) is van"
          + " 14:00 tot 14:45, in Kinderafdeling.",
      // arriving then and asking when one can "dan nog" go: its times from then on, not what is on at that moment
      "tune59-ridderfeest.json | ik kom pas om 14:00, wanneer kan ik dan nog naar het steekspel | ‘Ridderlijk"
          + " steekspel’ (Bram Oosterwolde en Joris Kalverda) is van 15:00 tot 15:45, in Toernooiveld."})
  @DisplayName("say yes for a block that is on, no for a tour that has begun")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
