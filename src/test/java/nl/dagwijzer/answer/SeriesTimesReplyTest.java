package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Times of a session given many times, yes or no at a time, and who may come")
final class SeriesTimesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // nine boat tours: one line with every time, not eight lines and "nog 1 meer"
      "tune50-havendag | wanneer zijn de rondvaarten | ‘Rondvaart door de haven’, in Steiger 3, Zuiderhaven: 10:00–10:40,"
          + " 10:45–11:25, 11:30–12:10, 12:15–12:55, 13:00–13:40, 13:45–14:25, 14:30–15:10, 15:15–15:55 en"
          + " 16:00–16:40.",
      // the one of the series at the time asked
      "tune50-imkerdag | begint er om 15:00 een kastinspectie | Ja, ‘Kastinspectie’ (Fatima El Amrani) is van 15:00"
          + " tot 15:45, in Bijenstal.",
      // none after the time asked: the ones nearest it, not the first of the day
      "tune50-imkerdag | is er na 16:00 nog een kastinspectie | Nee, vanaf 16:00 niet: ‘Kastinspectie’ (Gerrit"
          + " Visser) is van 13:30 tot 14:15, in Bijenstal en ‘Kastinspectie’ (Fatima El Amrani) is van 15:00 tot"
          + " 15:45, in Bijenstal.",
      // "Minimumleeftijd 12 jaar" is a lower bound, whatever else the sentence says of children up to 16
      "tune50-imkerdag | mag mijn zoon van 10 mee met de kastinspectie | Nee, uit de beschrijving van ‘Kastinspectie’:"
          + " Minimumleeftijd 12 jaar; kinderen tot 16 jaar alleen onder begeleiding van een volwassene.",
      // a desk is open all its hour: at half past nine one can still sign up ("half 10" is no number of things)
      "tune50-fotomarathon | kan ik me om half 10 nog inschrijven | Ja, ‘Inschrijving en ophalen themakaart’ is van"
          + " 09:00 tot 10:00, in Hal begane grond. / Uit de beschrijving van ‘Inschrijving en ophalen themakaart’:"
          + " Schrijf je in of meld je aan als je al vooraf bent ingeschreven, en haal je themakaart met"
          + " deelnemersnummer op.",
      // "kan ik gaan kijken" asks whether one may come, which a closed session's description denies
      "tune50-fotomarathon | kan ik bij het juryberaad gaan kijken | Nee, niet zomaar: uit de beschrijving van"
          + " ‘Juryberaad’: Besloten: niet toegankelijk voor publiek."})
  @DisplayName("says the times and whether, from that day's programme")
  void reply(String day, String question, String expected) {
    // given that day at 11:10, when asked, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
