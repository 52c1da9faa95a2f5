package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions that compare sessions by the price their descriptions give: the dearest, the cheapest,
 * or those below or above an amount, each with the sentence that gives its price; of the sessions a topic asked
 * about ("kosten", the topic of the entry fees) gathers, when it does; a surcharge or a prize is no price of taking
 * part; a kind named by a word that titled one session ("welke workshop") is all of that kind. Line breaks " / ".
 */
@DisplayName("Sessions compared by price")
final class PriceComparedReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune40-hardloopdag.json | welke afstand is het duurst | Het duurst is ‘Halve marathon’ (11:00–14:00): Inschrijven"
          + " kost € 25.",
      // yes or no by whether the first named is the one
      // (one against the other: both prices, the one said first first)
      "tune60-vogeltrekdag.json | is de boottocht duurder dan de zonsopkomstwandeling | Ja, uit de beschrijving van"
          + " ‘Boottocht naar de Kobbeplaat’: Prijs: volwassenen € 24,50, kinderen van 4 tot en met 12 jaar € 12,50,"
          + " kinderen onder de 4 gratis. / Uit de beschrijving van ‘Zonsopkomstwandeling’: Prijs: € 6,00 per persoon,"
          + " kinderen van 8 tot en met 12 jaar € 3,00.",
      "tune60-vogeltrekdag.json | is de zonsopkomstwandeling duurder dan de boottocht | Nee, uit de beschrijving"
          + " van ‘Zonsopkomstwandeling’: Prijs: € 6,00 per persoon, kinderen van 8 tot en met 12 jaar € 3,00. / Uit"
          + " de beschrijving van ‘Boottocht naar de Kobbeplaat’: Prijs: volwassenen € 24,50, kinderen van 4 tot en"
          + " met 12 jaar € 12,50, kinderen onder de 4 gratis.",
      "tune40-hardloopdag.json | wat is de goedkoopste afstand | Het goedkoopst is ‘Kidsrun’ (09:30–10:00): Deelname"
          + " kost € 4.",
      "tune40-hardloopdag.json | welke lopen kosten minder dan 15 euro | Minder dan € 15 kosten: / • ‘Kidsrun’"
          + " (09:30–10:00): Deelname kost € 4. / • ‘5 km-loop’ (10:00–11:00): Inschrijven kost € 12.",
      "tune40-hardloopdag.json | welke lopen kosten meer dan 50 euro | Meer dan € 50 kost niets op het programma; het"
          + " duurst is ‘Halve marathon’ (11:00–14:00): Inschrijven kost € 25.",
      "tune40-hardloopdag.json | welke loop is goedkoper, de 5 km of de 10 km | Het goedkoopst is ‘5 km-loop’"
          + " (10:00–11:00): Inschrijven kost € 12.",
      // a detail line that starts with its price; "een tientje"; the workshops named, not what the day costs
      "tune49-schapenscheerdag.json | welke workshops kosten meer dan een tientje | Meer dan € 10 kosten: / • ‘Workshop"
          + " wol spinnen’ (11:00–12:30): €12,50 per persoon, inclusief een bol wol om mee naar huis te nemen. / •"
          + " ‘Workshop naaldvilten’ (14:00–15:30): €17,50 inclusief materiaal.",
      // anything but free, and one price exactly
      "tune49-trouwbeurs.json | voor welke workshops moet ik betalen | Betalen moet je voor: / • ‘Taartproeverij’"
          + " (12:30–13:15): €5 per persoon, je krijgt het terug als je een bruidstaart bestelt. / • ‘Workshop corsage"
          + " maken’ (15:00–16:00): €7,50 inclusief materiaal.",
      "tune49-kasteeldag.json | welke activiteiten kosten 3 euro | € 3 kosten: / • ‘Boogschieten voor kinderen’"
          + " (10:30–16:00): €3 voor zes pijlen.",
      "tune40-hardloopdag.json | welke lopen kosten 30 euro | Niets op het programma kost € 30; met een prijs:"
          + " ‘Kidsrun’ (09:30–10:00): Deelname kost € 4; ‘5 km-loop’ (10:00–11:00): Inschrijven kost € 12; ‘Halve"
          + " marathon’ (11:00–14:00): Inschrijven kost € 25; ‘10 km-loop’ (12:00–13:30): Inschrijven kost € 16.",
      // "workshop" named the one "Workshop: ..." title: of all the workshops, material costs a price too
      "tune68-literatuurfestival.json | welke workshop is het goedkoopst | Het goedkoopst is ‘Tekenworkshop: teken"
          + " je eigen boekenheld’ (10:30–12:00): Materiaalkosten €5 per kind.",
      "tune68-literatuurfestival.json | welke workshop is het duurst | Het duurst is ‘Workshop: schrijf je eigen"
          + " slamgedicht’ (13:30–15:00): Deelname kost €10."})
  @DisplayName("name the sessions the prices decide, with what they cost")
  void compared(String programme, String question, String expected) {
    // given a programme whose descriptions give prices, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
