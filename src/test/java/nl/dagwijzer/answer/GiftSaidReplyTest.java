package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "krijg je iets ...?": yes with the sentence that gives something, the named session's own first,
 * another session's when it shares more of the question's words than the named one's (the words of a name of more
 * than one word not counted), the day's last; a thing asked by its name ("huiswerk") is not asked this way. Line
 * breaks " / ".
 */
@DisplayName("Whether something is given")
final class GiftSaidReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune47-wijnoogst.json | krijg je wat als je een emmer vol plukt | Ja, uit de beschrijving van ‘Zelf druiven"
          + " plukken’: Snoeischaar en emmer krijg je van ons; neem zelf werkhandschoenen mee als je die hebt. / Uit de"
          + " beschrijving van ‘Zelf druiven plukken’: Wie een volle emmer inlevert, krijgt een fles druivensap mee"
          + " naar huis.",
      "tune47-wijnoogst.json | krijgen alle kinderen die meedoen met trappen iets | Ja, uit de beschrijving van"
          + " ‘Prijsuitreiking Gouden Druif’: Alle kinderen die meededen krijgen een oorkonde.",
      "tune19-spreekuur.json | krijg ik bij de lezing over oplichting iets mee naar huis | Ja, uit de beschrijving van"
          + " ‘Trap er niet in! Herken nepberichten en phishing’: Iedereen krijgt de checklist 'Is dit echt?' mee naar"
          + " huis.",
      "tune46-quiz.json | krijgen nummer 2 en 3 ook iets | Ja, uit de beschrijving van ‘Prijsuitreiking’: Nummer 2 en 3"
          + " krijgen een taart; de poedelprijs is een zak drop.",
      "tune13-leergang.json | krijgen we huiswerk mee | Ja, uit de beschrijving van ‘Module 6: oefenen met casussen in"
          + " subgroepen’: Huiswerk voor dag 4: voer in je eigen praktijk een motiverend gesprek met een cliënt en"
          + " schrijf er een reflectie van één A4 over. Lever die uiterlijk een week voor dag 4 in via de"
          + " leeromgeving."})
  @DisplayName("quote the sentence that gives it")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
