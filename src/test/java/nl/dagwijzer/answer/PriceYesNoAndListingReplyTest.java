package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a yes or no on one price against another: two prices in one sentence or each in its own, two
 * sessions' own prices (the one said first compared), and a condition that makes it cheaper ("voor kinderen",
 * "online"); to which stands a market has where its summary lists them; and to a singular of a title's plural
 * ("glittertattoo" of "Glittertattoos voor kinderen"). Line breaks " / ".
 */
@DisplayName("Prices compared, stands a summary lists, a title's singular")
final class PriceYesNoAndListingReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune51-spellenfestival.json | is een avondkaart goedkoper dan een dagkaart | Ja, uit de"
          + " beschrijving van ‘Kassa en infobalie’: Avondkaart, geldig vanaf 18:00: €8,00. / Uit de"
          + " beschrijving van ‘Kassa en infobalie’: Dagkaart: €15,00.",
      "tune51-spellenfestival.json | is een dagkaart goedkoper dan een avondkaart | Nee, uit de"
          + " beschrijving van ‘Kassa en infobalie’: Dagkaart: €15,00. / Uit de beschrijving van ‘Kassa en"
          + " infobalie’: Avondkaart, geldig vanaf 18:00: €8,00.",
      "tune60-vogeltrekdag.json | is de boottocht duurder dan de zonsopkomstwandeling | Ja, uit de"
          + " beschrijving van ‘Boottocht naar de Kobbeplaat’: Prijs: volwassenen € 24,50, kinderen van 4"
          + " tot en met 12 jaar € 12,50, kinderen onder de 4 gratis. / Uit de beschrijving van"
          + " ‘Zonsopkomstwandeling’: Prijs: € 6,00 per persoon, kinderen van 8 tot en met 12 jaar € 3,00.",
      "tune64-gemaaldag.json | is de appeltaart duurder dan de koffie | Ja, uit de beschrijving van de"
          + " koffie in het Machinistenhuis: Koffie of thee € 1,50, appeltaart van de vrijwilligers € 3,00.",
      "tune51-schaapscheerdersfeest.json | is de herderslunch goedkoper voor kinderen | Ja, uit de"
          + " beschrijving van de herderslunch: €14,50 per persoon, kinderen tot 12 jaar €7,50.",
      "tune45-vliegshow.json | is een kaartje online goedkoper | Ja, uit de beschrijving van ‘Kassa en"
          + " informatiebalie’: Online via vliegshowheidekamp.nl is elk ticket €2,50 goedkoper.",
      "tune63-kampeerbeurs.json | is online een kaartje kopen goedkoper dan aan de kassa | Ja, uit de"
          + " beschrijving van de dag: Entree: volwassenen € 12,50 aan de kassa of € 10,00 online;"
          + " 65-plussers en houders van de Kampeerpas € 9,00; kinderen van 4 t/m 12 jaar € 4,00; kinderen"
          + " onder de 4 jaar gratis.",
      "tune64-gemaaldag.json | welke kramen staan er op de markt | Bij ‘Erfgoedmarkt op het voorplein’"
          + " (13:00–16:30, in Voorplein): Kramen van de Historische Kring Oosterwierum (oude foto's van het"
          + " gemaal), Waterschap Lage Vaarten, Imkerij De Zoete Dijk (honing uit de polder) en een kraam"
          + " waar je kunt horen hoe je vrijwilliger wordt bij het gemaal.",
      "tune64-tattooconventie.json | waar kunnen kinderen een glittertattoo laten zetten |"
          + " ‘Glittertattoos voor kinderen’ (Lotte Smeets) (11:00–16:00) is in Kinderhoek.",
      "tune64-tattooconventie.json | mag mijn dochter van 10 een glittertattoo | Ja, uit de"
          + " beschrijving van ‘Glittertattoos voor kinderen’: Kinderen van 4 t/m 12 jaar krijgen een"
          + " glittertattoo die ongeveer een week blijft zitten."})
  @DisplayName("compare the prices the texts give and list what the summary names")
  void replies(String programme, String question, String expected) {
    // given a programme whose texts give prices and list a market's stands, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
