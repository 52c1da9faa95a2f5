package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "moet ik me (vooraf) aanmelden voor X?": the sentence of X that says how to register or that one
 * need not; no for "geen aanmelding nodig" or "niet aanmelden" (saying it is not needed), for walking in, and, asked
 * for beforehand, for registering on the spot; yes for "verplicht ... via de website". "kan ik me vooraf online
 * aanmelden?" is answered by the clause about registering beforehand. Line breaks " / ".
 */
@DisplayName("Whether one must register for a session")
final class RegisterVerdictReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune58-luchthavendag.json | moet ik mijn kind vooraf aanmelden voor de pilotenschool | Nee, dat is niet"
          + " nodig; uit de beschrijving van ‘Kinderpilotenschool’: Geen aanmelding nodig: gewoon binnenlopen.",
      "tune58-drukkerijdag.json | moet ik boekbinden vooraf boeken | Ja, uit de beschrijving van ‘Boekbinden voor"
          + " volwassenen’: Aanmelden is verplicht en kan alleen vooraf via de website van het museum.",
      "tune57-poeziefestival.json | moet ik me vooraf aanmelden voor het open podium | Nee, uit de beschrijving van"
          + " ‘Open podium’: Inschrijven ter plekke bij de bar van Café De Coulissen, vanaf 16:00; wie het eerst komt,"
          + " het eerst maalt.",
      "tune51-kasteeldag.json | moet ik mijn kinderen aanmelden voor jonkvrouw aleid | Nee, dat is niet"
          + " nodig; uit de beschrijving van ‘Verhalen van jonkvrouw Aleid’: Gratis, geen aanmelding nodig.",
      "tune59-pottenbakkersdag.json | moeten we ons aanmelden voor de kleitafel | Nee, dat is niet nodig; uit de"
          + " beschrijving van ‘Kleitafel voor kinderen’: Gratis en zonder aanmelden.",
      "tune63-chocolaterie.json | moet ik me aanmelden voor de lezing over de cacaoboeren | Nee, dat is niet nodig;"
          + " uit de beschrijving van ‘Van boon tot bonbon: op bezoek bij de cacaoboeren’: Gratis, niet aanmelden; 60"
          + " zitplaatsen.",
      // whether one can register beforehand: the clause that says so
      "tune59-pottenbakkersdag.json | kan ik me vooraf online aanmelden voor de draaiworkshop | Nee, uit de"
          + " beschrijving van ‘Zelf aan de draaischijf’: Aanmelden en betalen bij de infotent op het Kerkplein, vanaf"
          + " 10:00; vooraf online aanmelden kan niet."})
  @DisplayName("say yes or no with the sentence that says so")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
