package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a price asked in other words than the sentence that gives it: a verb the sentence has as the start
 * of a compound ("huren", "huurinstrument"), a verb in "-eren" as its noun ("repareren", "reparatie"), a compound by
 * its last part ("studentenkamer", "kamer"), a break's food the day's own text calls free; "Europese" is no "euro";
 * the one sentence with a price and all but one of the words ("een portie bitterballen"), or the one price of a
 * session named ("een rondje meerijden"), but not when the word left out says for whom ("voor volwassenen"); one
 * word for the amount to pay ("inschrijfgeld?") asks the day's price, in whatever words it is given; a name split by
 * "om ... te" ("om zelf een kerstbal te blazen"); a topic's explanation when no session's text prices it.
 */
@DisplayName("A price asked in other words than the programme's")
final class PriceInOtherWordsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // who pays, when no text names them ("volwassene"), is whom the plain price is for
      "tune51-kasteeldag.json | wat kost een entreekaartje voor een volwassene | Uit de beschrijving van de dag:"
          + " Entree €12,50, kinderen van 4 tot en met 12 jaar €6, kinderen onder 4 jaar gratis.",
      // "om ... te blazen": without "te" the words are the name "kerstbal blazen" again
      "tune58-glasblazersdag.json | wat kost het om zelf een kerstbal te blazen | Uit de beschrijving van ‘Blaas je"
          + " eigen kerstbal’: Kosten € 32,50 per kerstbal.",
      "tune58-drukkerijdag.json | wat kost het om je eigen affiche te drukken | Uit de beschrijving van ‘Druk je eigen"
          + " affiche’: Prijs € 12,50 per persoon, inclusief papier en inkt.",
      "tune41-muziekschool.json | wat kost het huren van een instrument | Uit de beschrijving van ‘Informatiestand"
          + " lesgeld en huurinstrumenten’: Een huurinstrument van Muziekhandel Van Dam kost € 17,50 per maand, met een"
          + " minimale huurtermijn van 3 maanden.",
      "tune44-universiteit.json | wat kost een studentenkamer in zwolle gemiddeld | Uit de beschrijving van ‘Kamers"
          + " en geld: studentenhuisvesting en studiefinanciering’: Een kamer in Zwolle kost gemiddeld €480 per maand.",
      "tune41-hackathon.json | is het eten gratis | Ja, uit de beschrijving van de dag: De hackathon loopt van 09:00"
          + " tot 23:30; deelname is gratis, inclusief ontbijt, lunch en diner.",
      "tune41-repaircafe.json | moet ik betalen voor een nieuwe rits | Ja, uit de beschrijving van ‘Reparatietafel"
          + " textiel’: Nieuwe ritsen zijn te koop vanaf € 2.",
      "tune41-repaircafe.json | wat kost het om iets te laten repareren | Uit de beschrijving van de dag: Repareren is"
          + " gratis; een vrijwillige bijdrage wordt gewaardeerd en nieuwe onderdelen betaal je zelf.",
      "tune36-repaircafe.json | is repareren gratis? | Ja, uit de beschrijving van ‘Welkom en uitleg huisregels’: De"
          + " reparatie is gratis; een vrijwillige bijdrage in de spaarpot wordt op prijs gesteld, richtbedrag 5 euro.",
      "tune36-repaircafe.json | moet ik nieuwe onderdelen zelf betalen? | Ja, uit de beschrijving van ‘Welkom en"
          + " uitleg huisregels’: Nieuwe onderdelen betaal je zelf.",
      "tune46-quiz.json | wat kost een portie bitterballen | Uit de beschrijving van de eerste pauze: Bitterballen"
          + " kosten € 6 per 10 stuks; aan de bar kun je alleen pinnen.",
      "tune46-oldtimer.json | wat kost een rondje meerijden in een oldtimer | Uit de beschrijving van ‘Meerijden in"
          + " een klassieker’: Een ritje kost € 10; de opbrengst gaat naar KiKa.",
      "tune37-voorleesfeest.json | wat kost een bibliotheekpas voor volwassenen | Dat bedrag staat niet in het"
          + " programma.",
      "tune46-oldtimer.json | inschrijfgeld? | Uit de beschrijving van de dag: Deelname kost € 95 per equipe van twee"
          + " personen, inclusief ontbijt, lunch, diner en routeboek.",
      "tune46-oldtimer.json | wat is het inschrijfgeld | Uit de beschrijving van de dag: Deelname kost € 95 per equipe"
          + " van twee personen, inclusief ontbijt, lunch, diner en routeboek.",
      // "wat moet je betalen voor ...?" asks a price as "wat kost ...?" does, not how one pays
      "tune62-kringloopwinkel.json | wat moet je betalen voor een broodje | Uit de beschrijving van de lunch: soep en"
          + " broodjes: Soep € 3, broodje € 2,50.",
      // only a topic's explanation prices it: that sentence, under the topic's name
      "tune70-wijnproeverij.json | wat kost zo n munt | Proefmunten: Aan de proeftafels betaal je met proefmunten: een"
          + " munt kost € 2,50 en een kaart met 10 munten € 22; niet gebruikte munten worden niet terugbetaald.",
      "tune47-regatta.json | hoeveel kost naschrijven extra | Inschrijfgeld: Optimist €12, Laser €18 en Valk €25 per"
          + " boot, inclusief lunch; naschrijven ter plekke kost €5 extra."})
  @DisplayName("find the sentence with the price and quote it")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
