package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "kan ik met een rolstoel in de torens komen?" and the like: yes or no by the sentence about reaching
 * the place asked, the part that names it deciding; "welke ... met een rolstoel?" lists those one can (rows from the
 * misses of the later tuning days).
 */
@DisplayName("Whether a place can be reached with a wheelchair or a pram")
final class AccessReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // the part after the semicolon names the towers
      "tune49-kasteeldag | kan ik met een rolstoel in de torens komen | Nee, uit de beschrijving van de dag:"
          + " Rolstoeltoegankelijk zijn de begane grond, de Ridderzaal (met lift), de theeschenkerij en de"
          + " binnenplaats; de torens niet.",
      "tune56-kerkendag | kan ik met een rolstoel naar de vrouwengalerij van de synagoge | Nee, uit de beschrijving"
          + " van ‘Rondleiding in de synagoge’: De benedenzaal is rolstoeltoegankelijk; de vrouwengalerij is alleen"
          + " via een trap bereikbaar.",
      // of the named walk, the part about wheelchairs, not the distance
      // a lift asked after as the others are: by the sentence about the place
      "tune56-kerkendag | is er een lift in de toren | Nee, uit de beschrijving van ‘Torenbeklimming"
          + " Gertrudistoren’: Geen lift; niet geschikt voor mensen met hoogtevrees, hart- of knieklachten.",
      "tune56-kerkendag | kan ik met mijn rolstoel mee op de stadswandeling | Nee, uit de beschrijving van"
          + " ‘Stadswandeling: van kerk naar kerk’: Route van 3 kilometer, deels over kinderkopjes; niet geschikt voor"
          + " rolstoelen en rollators.",
      "tune56-podcastfestival | kan ik met een rolstoel in het kelderpodium komen | Ja, uit de beschrijving van de"
          + " inloop met koffie: Het hele gebouw is rolstoeltoegankelijk; het Kelderpodium is bereikbaar met de lift"
          + " naast de garderobe.",
      // "het gebouw" is the day's venue, the Muziekschool
      "tune54-zangdag | is de muziekschool toegankelijk met een rolstoel | Ja, uit de beschrijving van de aanmelding"
          + " en koffie: Het gebouw is rolstoeltoegankelijk; er is een lift naar de eerste en de tweede verdieping.",
      // a compound: "Zwerfafval" in the title, "route" in the sentence
      "tune55-klusdag | is de afvalroute te doen met een kinderwagen | Ja, uit de beschrijving van ‘Klus 5:"
          + " Zwerfafval prikken’: De route is 4 km, verhard en geschikt voor rolstoelen en kinderwagens.",
      // no sentence about the theatre: the programme does not say ("Rolstoelbasketbal" is no such sentence)
      "tune34-prijsuitreiking | is het theater toegankelijk voor rolstoelen? | Of dat met een rolstoel kan, staat"
          + " niet in het programma.",
      // which ones: those whose texts say they can be done so
      "tune54-wadlopen | welke onderdelen zijn te doen in een rolstoel | Met een rolstoel te doen: / • ‘Wat leeft er"
          + " in het wad?’ (Bert Zuidema), in Filmzaal, 11:30–12:15 / • ‘Wat leeft er in het wad?’ (Bert Zuidema), in"
          + " Filmzaal, 15:00–15:45 / • ‘Kwelderwandeling zonder natte voeten’ (Lieke Wiersma), in Ingang"
          + " bezoekerscentrum, 15:30–16:30",
      "tune55-paddenstoelendag | welke wandeling kan mijn moeder met haar rollator doen | Met een rollator te doen:"
          + " ‘Paddenstoelenwandeling’ (Jaap Vermeulen), in Vertrekpunt Boswachtershut, 14:15–15:45."})
  @DisplayName("answers by the sentence about that place")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
