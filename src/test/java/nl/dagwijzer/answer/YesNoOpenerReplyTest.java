package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole yes/no replies on who opens or closes the day ("opent de wethouder de dag?": no, and the block that does)
 * and on a role in one part of the day ("is X ook 's avonds tafelhost?": no, and who is then); on a practical
 * matter at a place ("moet ik een hoofddoek dragen in de moskee?"), the description's line about that matter, and no
 * when that line leaves the subject out ("de breakoutrooms niet"); whether everyone may come ("alleen voor ...").
 */
@DisplayName("Yes or no on who opens or closes the day, a role in one part of it, a matter at a place")
final class YesNoOpenerReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune38-zomerkamp.json | is er EHBO aanwezig | Ja, Esther de Vries (EHBO'er, Rode Kruis Deventer).",
      // a word of a description near a word of the question language ("ringleiding", "inleiding") is that word
      "tune24-zorgtech.json | is er een ringleiding in de grote zaal | Ja, op het programma: / • ‘Welkom en uitleg"
          + " van de route’ (Ineke van der Heijden en Martijn ten Hove), in Grote zaal, 10:00–10:15 / • ‘Langer thuis"
          + " met slimme hulpmiddelen: wat kan er al?’ (Rachid El Amrani), in Grote zaal, 10:15–10:45 / • ‘Samen"
          + " zorgen met techniek: een mantelzorger vertelt’ (Gerda Mulder-Kok en Sanne van 't Hof), in Grote zaal,"
          + " 14:00–14:30 / • ‘Verloting en afsluiting’ (Ineke van der Heijden), in Grote zaal, 14:30–14:45 / Uit de"
          + " beschrijving van ‘Langer thuis met slimme hulpmiddelen: wat kan er al?’: In de Grote zaal is een"
          + " ringleiding voor mensen met een hoortoestel.",
      // open to everyone: no, when a description says who it is for
      "tune34-prijsuitreiking.json | kan iedereen aanschuiven bij het diner? | Nee, uit de beschrijving van het diner:"
          + " Het diner is op uitnodiging; er zijn 160 plaatsen.",
      "tune34-congres-tracks.json | kan iedereen naar de training over werkdruk | Nee, uit de beschrijving van ‘Het"
          + " gesprek over werkdruk: training voor teamleiders’: Alleen voor leidinggevenden en teamleiders.",
      // what another session's description says of the one asked about, in the words it was named by
      "tune34-prijsuitreiking.json | is de uitreiking live te volgen? | Ja, ‘Uitreiking Gelderse Vrijwilliger van het"
          + " Jaar’ (Wim Verhagen) is van 21:40 tot 22:00, in Grote Zaal. / Uit de beschrijving van ‘Opening en"
          + " welkom’: De hele uitreiking is live te volgen via de website van de provincie.",
      // (said by a session given twice: one sentence, quoted once)
      "tune44-scoutingdag.json | is er een wachtlijst bij de bevers | Ja, op het programma: / • ‘Bevers: speurtocht"
          + " naar de schat van Hotsjietonia’ (Lotte van Dijk en Yara Bos), in Bevershol, 10:00–11:30 / • ‘Bevers:"
          + " knutselen en beverspelen’ (Lotte van Dijk en Yara Bos), in Bevershol, 13:15–14:30 / Uit de beschrijving"
          + " van ‘Informatie voor ouders: lid worden en contributie’: Bij de bevers is een wachtlijst; bij de welpen,"
          + " scouts en explorers is nog plek.",
      // a negation in another clause does not turn the words around; after a clause that asks, no yes
      "tune34-inloopspreekuur.json | is het gesprek vertrouwelijk? | Ja, uit de beschrijving van ‘Spreekuur Schulden"
          + " en geldzorgen’: Het gesprek is vertrouwelijk; er wordt niets doorgegeven zonder jouw toestemming.",
      "tune34-inloopspreekuur.json | moet ik een afspraak maken? | Dat staat niet letterlijk in het programma, maar"
          + " dit wel: / Uit de beschrijving van ‘Afsluiting’: Niet aan de beurt geweest? Je krijgt een kaartje om een"
          + " afspraak te maken.",
      // following a session online, when nothing says it can be: not in the programme, and where it is
      "tune31-dialoog.json | kan ik de opening online volgen | Dat het online te volgen is, staat niet in het"
          + " programma: ‘Opening door de burgemeester’ (Marieke van der Heijden en Youssef El Amrani) is van 13:00 tot"
          + " 13:15, in Raadzaal.",
      "tune31-dialoog.json | opent de wethouder de dag | Nee, de dag opent met ‘Opening door de"
          + " burgemeester’ (Marieke van der Heijden en Youssef El Amrani), 13:00–13:15.",
      "tune31-dialoog.json | opent de burgemeester de dag | Ja, de dag opent met ‘Opening door de"
          + " burgemeester’ (Marieke van der Heijden en Youssef El Amrani), 13:00–13:15.",
      "tune31-jubileum.json | sluit de directeur de middag af | Nee, de dag sluit af met ‘Uitslag van de"
          + " quiz en afsluiting’ (Karim Ait Haddou en Youssef El Amrani), 17:15–17:30.",
      "tune31-dialoog.json | is Mustafa Ait Taleb ook 's avonds tafelhost | Nee, Mustafa Ait Taleb"
          + " (bestuurslid, Moskee Al Houda); tafelhost bij ‘Dialoogtafel Moskee: Geloven en samenleven in je"
          + " straat’; tafelhost in de avond: Ria Hendriks-de Groot, Sanne de Wit, Khadija El Idrissi en Peter"
          + " van 't Hof.",
      "tune31-dialoog.json | is Khadija El Idrissi 's avonds tafelhost | Ja, Khadija El Idrissi"
          + " (jongerenwerker, Stichting Welzijn Culemborg); tafelhost bij ‘Dialoogtafel Moskee: Geloven en"
          + " samenleven in je straat’."
,
      // the line about the thing asked, not one that only names the place
      "tune31-dialoog.json | moet ik een hoofddoek dragen in de moskee | Nee, uit de beschrijving van"
          + " ‘Dialoogtafel Moskee: Geloven en samenleven in je straat’: Bij de ingang doet u uw schoenen uit;"
          + " er liggen sloffen klaar. Een hoofddoek is niet nodig.",
      "tune31-dialoog.json | moet ik mijn schoenen uitdoen in de moskee | Ja, bij ‘Dialoogtafel Moskee:"
          + " Geloven en samenleven in je straat’ (14:00–16:00) spreekt Mustafa Ait Taleb (tafelhost;"
          + " bestuurslid, Moskee Al Houda). / Uit de beschrijving van ‘Dialoogtafel Moskee: Geloven en"
          + " samenleven in je straat’: Bij de ingang doet u uw schoenen uit; er liggen sloffen klaar. Een"
          + " hoofddoek is niet nodig."
,
      // the sentence says it, but its other clause leaves out what the question is about
      "tune32-leerlunch.json | wordt mijn breakoutroom ook opgenomen | Nee, uit de beschrijving van"
          + " ‘Welkom en spelregels’: De presentaties in de hoofdsessie worden opgenomen; de breakoutrooms niet."
,
      // "en u hoeft zich ... niet aan te melden" is a clause of its own: "gratis" stays a yes
      "tune30-opening.json | is de toegang gratis | Ja, uit de beschrijving van de dag: De toegang is"
          + " gratis en u hoeft zich voor de middag niet vooraf aan te melden; voor de rondleidingen schrijft u"
          + " zich bij binnenkomst in bij de receptie."
})
  @DisplayName("yes or no, with the block that opens or closes, who has the role then, or the line about it")
  void answers(String programme, String question, String expected) {
    // given the programme, asked at 11:10
    // when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
