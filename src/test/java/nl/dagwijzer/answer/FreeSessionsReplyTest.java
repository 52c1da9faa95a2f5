package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "welke live-opnames zijn gratis?" and "wat is er gratis in de grote zaal?": of the sessions asked
 * about, those whose texts say they are free and give no price to pay (rows from the misses of the later tuning days).
 */
@DisplayName("What is free, among the sessions asked about")
final class FreeSessionsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // of a kind: the recordings without a ticket price
      "tune56-podcastfestival | welke live-opnames zijn gratis | Op het programma: / • ‘Live-opname: Kantoortuin’"
          + " (Youssef Amrani), in Kelderpodium, 12:00–12:45 / • ‘Live-opname: Vraag het Vlieg’ (Isa Lommerse), in"
          + " Kelderpodium, 15:00–15:45 / • ‘Live-opname: Buurtgeluiden’ (Jelmer Hofstede), in Kelderpodium,"
          + " 20:00–21:00 / Uit de beschrijving van ‘Live-opname: Kantoortuin’: Gratis, geen ticket nodig. / Uit de"
          + " beschrijving van ‘Live-opname: Vraag het Vlieg’: Gratis, aanmelden is niet nodig. / Uit de beschrijving"
          + " van ‘Live-opname: Buurtgeluiden’: Gratis, geen ticket nodig; 120 plaatsen, vol is vol.",
      // in a room
      "tune56-podcastfestival | wat is er gratis in de grote zaal | Op het programma: ‘Welkomstwoord: Oren open!’"
          + " (Liesbeth Vonk), in Grote Zaal, 11:00–11:15. / Uit de beschrijving van ‘Welkomstwoord: Oren open!’:"
          + " Gratis toegankelijk, ook zonder ticket voor de Grote Zaal.",
      // the boat trip is free only for children under 4: its "Kaartjes: €6" makes it no free session
      "tune50-havendag | wat is er allemaal gratis | Op het programma: / • ‘Bezoek aan marineschip Zr.Ms. Makkum’"
          + " (Marleen Kok), in Willemskade, 10:30–16:30 / • ‘Knopen leggen voor kinderen’ (Bert Tromp), in Tent"
          + " Kinderwerf, Havenplein, 11:00–12:30 / • ‘Open schip: sleepboot Noordster’ (Pieter Wiersma), in"
          + " Zuiderhaven, ligplaats 5, 11:00–16:00 / • ‘Optreden shantykoor De Waddenzangers’ (Anke Postma), in Podium"
          + " Havenplein, 13:00–13:45 / • ‘Knopen leggen voor kinderen’ (Bert Tromp), in Tent Kinderwerf, Havenplein,"
          + " 13:30–15:00 / • ‘Lezing over de geschiedenis van de haven’ (Sjoukje de Vries), in Havenkantoor, 1e"
          + " verdieping, 14:00–14:45"})
  @DisplayName("lists the free ones")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
