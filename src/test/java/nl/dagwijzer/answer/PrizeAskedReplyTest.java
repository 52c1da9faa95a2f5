package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a yes or no about a prize ("is er een prijs voor de quiz?", "heeft de provincie een eigen
 * prijs?"): "een prijs" is a prize, not a price; yes with the description's sentence that gives it, picked by the
 * question's other words; a prize given at another session in the named one's name; no when the named session has
 * none anywhere; and a question about something else that happens to winners is not one about the prize. Line breaks
 * " / ".
 */
@DisplayName("A yes or no about a prize")
final class PrizeAskedReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune39-security.json | is er een prijs voor de quiz | Ja, uit de beschrijving van ‘De Grote Securityquiz’: De"
          + " winnaar krijgt een bol.com-cadeaubon van € 50.",
      "tune34-congres-tracks.json | is er een prijs voor de beste poster | Ja, uit de beschrijving van"
          + " ‘Postersessie’: Stem via de congresapp op je favoriete poster; de posterprijs wordt bij de afsluiting"
          + " uitgereikt. / Uit de beschrijving van ‘Postersessie’: De posterprijs is een bedrag van 500 euro voor het"
          + " project.",
      "tune41-hackathon.json | heeft de provincie een eigen prijs | Ja, uit de beschrijving van ‘Prijsuitreiking’: De"
          + " Open Dataprijs van de provincie Overijssel is € 1.000.",
      "tune41-hackathon.json | is er een prijs voor het mooiste design | Nee, een prijs bij ‘Spreekuur design en UX’"
          + " (14:00–16:00) staat niet in het programma.",
      "tune43-koningsdag.json | valt er op het bal een taart te winnen | Ja, uit de beschrijving van ‘Oranjebal’:"
          + " Dresscode: iets oranjes; de best geklede gast wint een taart.",
      "tune43-sterrenwacht.json | valt er bij de quiz iets te winnen | Ja, uit de beschrijving van ‘Sterrenquiz’: Het"
          + " winnende team krijgt een beginnerstelescoop.",
      "tune40-hardloopdag.json | krijgen de winnaars van de halve een prijs | Ja, uit de beschrijving van"
          + " ‘Prijsuitreiking halve marathon’: Wethouder Ingrid Mulder en Nienke Bakhuis huldigen de winnaars van de"
          + " halve marathon.",
      // whether one must be there: the sentence that says so, not the prize
      "tune61-kinderboerderij.json | moet ik bij de trekking zijn om te kunnen winnen | Nee, uit de beschrijving van"
          + " ‘Trekking van de grote verloting’: Je hoeft niet aanwezig te zijn om te winnen.",
      "tune53-boomfeestdag.json | moet ik er zelf bij zijn om mijn quizprijs op te halen | Ja, ‘Natuurquiz’ (Femke de"
          + " Graaf) is van 14:45 tot 15:30, in Podium aan de vijver. / Uit de beschrijving van ‘Prijsuitreiking en"
          + " afsluiting’: Winnaars moeten zelf aanwezig zijn om hun prijs op te halen.",
      "tune14-beweegdag.json | word ik gebeld als ik een prijs win maar al weg ben | Dat weet ik niet: het staat niet"
          + " in het programma van deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de lunch met soep?’, ‘wie spreekt"
          + " over Barneveld?’ of ‘welke workshops zijn er?’."})
  @DisplayName("say yes with the sentence that gives the prize, or no")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("what one wins at a named session is the sentence that gives its prize")
  void prizeOfNamed() {
    // given the sailing school's open day, when
    String reply = replyOn("tune61-zeilschool.json", "wat kun je winnen bij de verloting");
    // then
    assertThat(reply).isEqualTo("Uit de beschrijving van ‘Afsluiting en verloting’: Hoofdprijs: een gratis"
        + " volwassenencursus.");
  }
}
