package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "wat kosten de poffertjes?" and "wat kost een minifiguur op de markt?" when the texts name the
 * thing but give no price for it: that the programme gives no amount, with the sentence that names it, rather than
 * another price of the same list or session (rows from the misses of a later tuning day); nor when a sentence gives
 * prices of other things only ("een kop koffie" where the soup is priced), while a compound the name says in two
 * words ("de robotworkshop" of "Workshop robots bouwen") keeps its price.
 */
@DisplayName("The price of a thing the texts name without one")
final class UnpricedItemReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // named after the last amount, as a new item of the list
      "tune57-erfgoedspoordag | wat kosten de poffertjes | Dat bedrag staat niet in het programma. Wel dit: / Uit de"
          + " beschrijving van de lunch in stationsrestauratie De Wachtkamer: Lunch in de stationsrestauratie De"
          + " Wachtkamer: erwtensoep € 5,80, broodje kroket € 4,20 en poffertjes voor de kinderen.",
      // the item before its amount keeps its price
      "tune57-erfgoedspoordag | wat kost een broodje kroket | Uit de beschrijving van de lunch in stationsrestauratie"
          + " De Wachtkamer: Lunch in de stationsrestauratie De Wachtkamer: erwtensoep € 5,80, broodje kroket € 4,20"
          + " en poffertjes voor de kinderen.",
      // the market has them, and prices only loose bricks
      "tune57-bouwsteenfestival | wat kost een minifiguur op de markt | Dat bedrag staat niet in het programma. Wel"
          + " dit: / Uit de beschrijving van ‘Tweedehands stenenmarkt’: Markt met 22 kramen vol tweedehands"
          + " bouwstenen, onderdelen, minifiguren en complete sets.",
      "tune57-bouwsteenfestival | wat kosten losse stenen op de markt | Uit de beschrijving van ‘Tweedehands"
          + " stenenmarkt’: Losse stenen uit de grote bakken kosten € 14 per kilo; een schepje uit de grabbelbak kost"
          + " € 1.",
      // a short thing no text names ("wijn" after its measure "een glas"), an adjective before the thing
      "tune62-vlindertuin | hoeveel kost een glas wijn bij de afsluiting | Dat bedrag staat niet in het programma:"
          + " over ‘wijn’ zegt het niets.",
      "tune62-vlindertuin | wat kost een verse muntthee in het café | Dat bedrag staat niet in het programma: over"
          + " ‘muntthee’ zegt het niets.",
      // a price found for another thing of the session, neither the sentence nor the name saying the thing asked
      "tune43-sterrenwacht | wat kost een kop koffie | Dat bedrag staat niet in het programma. Wel "
          + "dit: / Uit de beschrijving van de soep en warme chocolademelk: Een kop erwtensoep kost 3 euro, warme"
          + " chocolademelk 2 euro.",
      "tune56-fruitplukdag | wat kost een fles cider in de winkel | Dat bedrag staat niet in het "
          + "programma. Wel dit: / Uit de beschrijving van ‘Boerderijwinkel’: Al geplukte Elstar kost in de "
          + "winkel € 2,95 per kilo.",
      "tune62-windpark | wat kost een ijsje bij de foodtruck | Dat bedrag staat niet in het programma."
          + " Wel dit: / Uit de beschrijving van de foodtruck De Draaiende Wiek: Op de kaart: broodje kaas € "
          + "3,50, kroket op brood € 4,50, pompoensoep € 4, vegan wrap € 6, koffie of thee € 2,50 en limonade € "
          + "1,50.",
      "tune62-windpark | wat kost een broodje kaas bij de foodtruck | Uit de beschrijving van de "
          + "foodtruck De Draaiende Wiek: Op de kaart: broodje kaas € 3,50, kroket op brood € 4,50, pompoensoep €"
          + " 4, vegan wrap € 6, koffie of thee € 2,50 en limonade € 1,50.",
      "tune67-legofestival | wat kost de robotworkshop | Uit de beschrijving van ‘Workshop robots "
          + "bouwen’: Deelname kost €7,50 per kind; vooraf aanmelden via de website van het festival."})
  @DisplayName("says so")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
