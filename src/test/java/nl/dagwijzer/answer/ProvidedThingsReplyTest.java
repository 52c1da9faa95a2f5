package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "moet ik X meenemen?" when a description says X is there for you ("Werkhandschoenen liggen klaar",
 * "die krijg je van ons", "Alle materialen zijn aanwezig"): no, with that sentence; judged in the clause with the
 * thing, so "Stroom is aanwezig; neem uw eigen laptop mee" still says yes.
 */
@DisplayName("A thing to bring that the day provides")
final class ProvidedThingsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune44-scoutingdag.json | moet ik werkhandschoenen meenemen voor het pionieren | Nee, uit de beschrijving van"
          + " ‘Pionieren en knopen’: Werkhandschoenen liggen klaar.",
      "tune44-scoutingdag.json | moet mijn zoon zelf een zwemvest meenemen | Nee, uit de beschrijving van ‘Vlotvaren"
          + " op de vijver’: Iedereen draagt een zwemvest; die krijg je van ons.",
      "tune44-universiteit.json | moet ik een laptop meenemen naar het proefcollege informatica | Nee, uit de"
          + " beschrijving van ‘Proefcollege Informatica: programmeer je eerste robot’: Laptops staan klaar; je hoeft"
          + " niets mee te nemen.",
      "tune25-verwenmiddag.json | moet ik zelf materiaal meenemen voor de workshop | Nee, uit de beschrijving van"
          + " ‘Creatieve workshop: herfststuk maken’: Alle materialen zijn aanwezig; neem als u wilt een eigen"
          + " snoeischaartje mee.",
      "tune41-muziekschool.json | moet ik oordopjes meenemen naar de drumles | Nee, uit de beschrijving van"
          + " ‘Proefles slagwerk’: Oordopjes krijg je bij de deur; eigen drumstokken mag je meenemen.",
      // "iets": nothing at all to bring
      "tune57-poeziefestival.json | moet mijn kind iets meenemen naar de kinderworkshop | Nee, uit de beschrijving"
          + " van ‘Kinderworkshop: Dichten met schaar en lijm’: Alle materialen zijn aanwezig; je hoeft niets mee te"
          + " nemen.",
      "tune15-hackathon.json | moet ik mijn eigen laptop meenemen | Ja, uit de beschrijving van ‘Hackblok 1’: Wifi,"
          + " stroom en een scherm per tafel zijn aanwezig; neem uw eigen laptop mee."})
  @DisplayName("say no where the day provides it")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
