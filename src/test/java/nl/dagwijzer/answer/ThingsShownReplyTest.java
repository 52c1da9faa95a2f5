package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to which things a named session teaches, shows or serves ("welke knopen leren de kinderen?"): what
 * its texts say, not the list of its times; with a time or another session in the question it still asks which
 * sessions ("welke demo's kan ik 's middags nog zien?"). Line breaks " / ".
 */
@DisplayName("The things a named session shows")
final class ThingsShownReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune50-havendag.json | welke knopen leren de kinderen | ‘Knopen leggen voor kinderen’ (Bert Tromp), 2 keer"
          + " (11:00–12:30 in Tent Kinderwerf, Havenplein en 13:30–15:00 in Tent Kinderwerf, Havenplein): Een"
          + " oud-matroos leert kinderen echte zeemansknopen. / Aan bod komen: / • Voor kinderen van 6 tot 12 jaar. /"
          + " • Gratis, geen aanmelding nodig. / • Maximaal 15 kinderen tegelijk. / • Je leert de paalsteek, de"
          + " achtknoop en de platte knoop. / • Elk kind krijgt een knopendiploma.",
      "tune49-kasteeldag.json | welke vogels laten ze zien bij de valkenshow | ‘Valkenshow’ (Ruud Verbeek), 2 keer"
          + " (11:00–11:30 in Kasteelweide en 14:00–14:30 in Kasteelweide): Valkenier Ruud Verbeek laat zijn"
          + " roofvogels vlak over het publiek vliegen. / Aan bod komen: / • Met een slechtvalk, een oehoe en een"
          + " woestijnbuizerd / • Zitten op het gras: neem eventueel een kleedje mee / • Na afloop voor €2 een foto met"
          + " een uil op je hand, ten bate van de vogelopvang",
      // beside another session: which session, still
      "tune39-korenfestival.json | welk koor zingt tegelijk met het mannenkoor | Tijdens ‘Mannenkoor"
          + " Westfriesland’: ‘Projectkoor Hoorn Zingt’ (Bas de Boer), in Stadszaal, 13:00–13:20. / Uit de beschrijving"
          + " van ‘Projectkoor Hoorn Zingt’: Een koor van 60 inwoners van Hoorn, speciaal voor dit festival"
          + " samengesteld."})
  @DisplayName("say what its texts say it shows")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
