package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to where questions about a thing the asker has with them that only a session's description speaks
 * of: "waar kan ik mijn tas kwijt?" is where the session is whose text says "Laat je tas ... achter"; "stoel" is no
 * slip of the texts' "stel" when they say "stoelen"; where to get help with something a session is for is where that
 * session is, not this bot's help; what is on before the lunch includes what starts before it when nothing ends before
 * it; "alles" closing is the end of the day. Line breaks " / ".
 */
@DisplayName("Where to go with what you carry or need, and when all closes")
final class CarriedThingReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune41-repaircafe.json | waar moet ik heen met een wiebelende stoel | ‘Reparatietafel meubels’ (Toon ten Haaf)"
          + " (13:00–16:00) is in Werkplaats.",
      "tune40-hardloopdag.json | waar kan ik mijn tas kwijt | ‘Kledingbewaring’ (08:00–15:30) is in Kelder"
          + " Stadsgehoorzaal.",
      "tune41-hackathon.json | waar kan ik hulp krijgen met onze pitch | ‘Spreekuur pitchen’ (Gijs van Leeuwen)"
          + " (16:30–18:00) is in Zaal 2.",
      "tune41-hackathon.json | welk spreekuur is er voor de lunch | Voor de lunch: ‘Spreekuur code en techniek’ (Daan"
          + " de Jong), in Mentorhoek, 11:00–13:00.",
      "tune41-hackathon.json | hoe laat gaat alles dicht | Het programma loopt tot 23:30; het laatste onderdeel is de"
          + " borrel (22:30–23:30)."})
  @DisplayName("give the room of the session whose text speaks of it")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
