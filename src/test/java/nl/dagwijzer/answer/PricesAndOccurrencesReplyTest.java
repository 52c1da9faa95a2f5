package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on whether one pays for a child of an age: the sentence and clause for the narrowest ages that hold
 * it ("Kinderen onder de 2 jaar gratis" beside "€8,50 voor kinderen t/m 12 jaar"), also when the question says for
 * whom at length; the price of a thing only when a sentence names it ("een flesje water", not the coffee); "voor" a
 * session given more than once, with the time of the one meant; and "tijdens X in zaal Y" where X is elsewhere: what
 * is on in Y then. Line breaks " / ".
 */
@DisplayName("Prices for an age or of a thing, and relations to one session of several or in another room")
final class PricesAndOccurrencesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune60-goochelfestival.json | moet ik betalen voor mijn baby van 1 bij de familievoorstelling | Nee, uit de"
          + " beschrijving van ‘De Goochelkoffer van Meneer Mirabel’: Kaarten per voorstelling: €8,50 voor kinderen"
          + " t/m 12 jaar, €11 voor volwassenen. Kinderen onder de 2 jaar gratis op schoot.",
      "tune60-goochelfestival.json | moet ik betalen voor mijn zoon van 10 bij de familievoorstelling | Ja, uit de"
          + " beschrijving van ‘De Goochelkoffer van Meneer Mirabel’: Kaarten per voorstelling: €8,50 voor kinderen"
          + " t/m 12 jaar, €11 voor volwassenen. Kinderen onder de 2 jaar gratis op schoot.",
      "tune60-vogeltrekdag.json | is de boottocht gratis voor mijn kind van 2 | Ja, uit de beschrijving van"
          + " ‘Boottocht naar de Kobbeplaat’: Prijs: volwassenen € 24,50, kinderen van 4 tot en met 12 jaar € 12,50,"
          + " kinderen onder de 4 gratis.",
      // the sentence with the price, not the first with a word of paying ("inbegrepen")
      "tune48-molendag.json | is de fietstocht gratis voor mijn dochter van 10 | Ja, uit de beschrijving van"
          + " ‘Molenfietstocht met gids’: Kosten € 4 per persoon, kinderen tot 12 jaar gratis.",
      "tune59-ridderfeest.json | is de entree gratis voor mijn kind van 3 | Ja, uit de beschrijving van de dag:"
          + " Entree: volwassenen € 12,50, kinderen van 4 t/m 12 jaar € 7,50, kinderen onder de 4 jaar gratis.",
      // before the second of three: which one, by its time
      "tune60-goochelfestival.json | begint de masterclass voor de tweede familievoorstelling | Nee, voor ‘De"
          + " Goochelkoffer van Meneer Mirabel’ van 14:00 niet: ‘Masterclass misdirectie voor amateurgoochelaars’"
          + " (Yara Bakkali) is van 14:15 tot 16:15, in Kleine zaal.",
      "tune60-vogeltrekdag.json | begint de lezing voor de eerste boottocht | Nee, voor ‘Boottocht naar de"
          + " Kobbeplaat’ van 10:30 niet: ‘Lezing: Langs de kust naar Afrika’ (Anouk Veldhuis-Brink) is van 11:00"
          + " tot 11:45, in Grote zaal.",
      // the thing priced must be in the sentence: not the canteen's coffee for a bottle of water
      "tune60-handboogtoernooi.json | wat kost een flesje water in de kantine | Dat bedrag staat niet in het"
          + " programma: over ‘water’ zegt het niets.",
      "tune57-bouwsteenfestival.json | wat kost een minifiguur op de markt | Dat bedrag staat niet in het programma."
          + " Wel dit: / Uit de beschrijving van ‘Tweedehands stenenmarkt’: Markt met 22 kramen vol tweedehands"
          + " bouwstenen, onderdelen, minifiguren en complete sets.",
      // during a session in a room it is not in: what is on in that room then
      "tune60-goochelfestival.json | wat is er tijdens de masterclass in de grote zaal | Tijdens ‘Masterclass"
          + " misdirectie voor amateurgoochelaars’: / • ‘De Goochelkoffer van Meneer Mirabel’ (Bas Mirabel), in Grote"
          + " zaal, 14:00–15:00 / • ‘De Goochelkoffer van Meneer Mirabel’ (Bas Mirabel), in Grote zaal, 16:00–17:00"})
  @DisplayName("give the clause for that age or thing, the time of the one meant, or the room's sessions")
  void priced(String programme, String question, String expected) {
    // given a programme with prices by age or of things, or a session given more than once
    // when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
