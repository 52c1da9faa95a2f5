package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Names spelt another way, words written together and the price of a session for whom it is")
final class SpellingAndPriceReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // "y" for "ij" and "ck" for "k" are one way of spelling the same name, so who that is as well
      "tune47-regatta | wie is hendrick zylstra | Hendrick Zylstra staat niet op het programma. Bedoel je Hendrik"
          + " Zijlstra? Hendrik Zijlstra (wedstrijdleider, WSV Meerwind): ‘Schippersbriefing’ (09:15–09:45), ‘Valk"
          + " race 1’ (10:00–11:00) en ‘Laser race 1’ (10:10–11:00).",
      // the programme writes "High tea" apart
      "tune49-kasteeldag | wat kost hightea | Uit de beschrijving van de theeschenkerij: High tea €24,50 per"
          + " persoon, alleen op reservering aan de kassa.",
      // the session's own price, though it does not say "kinderen"
      "tune50-imkerdag | wat kost kaarsen rollen voor mijn kinderen | Uit de beschrijving van ‘Kaarsen rollen van"
          + " bijenwas’: €2,50 per kaars, inclusief lont en wasplaat."})
  @DisplayName("finds what was meant")
  void reply(String day, String question, String expected) {
    // given that day at 11:10, when asked, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
