package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "kan ik nog mee met ...?" and "is er nog plek in de laatste ronde?": whether one can still join is
 * whether there is room, and of a session given more than once the time asked decides; which have room lists every
 * one whose text says so (rows from the misses of the later tuning days).
 */
@DisplayName("Whether one can still join, and in which round")
final class StillRoomReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // registering "nog" for a session that is full: no; for one that is not, what its text says of registering
      "tune57-poeziefestival | kan ik me nog aanmelden voor het vertaalatelier | Nee, uit de beschrijving van"
          + " ‘Vertaalatelier: Spaanse poëzie in het Nederlands’: Uitverkocht; aan de kassa kun je je op de wachtlijst"
          + " zetten.",
      "tune60-handboogtoernooi | kan ik me nog inschrijven voor recurve senioren | Nee, uit de beschrijving van"
          + " ‘Kwalificatie recurve senioren’: 32 plekken, 4 schutters per baan. Deze klasse is vol; aan de balie is"
          + " een wachtlijst.",
      "tune57-poeziefestival | kan ik me nog aanmelden voor de kinderworkshop | Ja, uit de beschrijving van"
          + " ‘Kinderworkshop: Dichten met schaar en lijm’: Aanmelden vooraf via woordhaven.nl.",
      // the round named by its place in the day: the last one's own sentence, not the first's "VOL"
      "tune56-archeologiedag | is er nog plek in de laatste ronde van de kinderopgraving | Ja, uit de beschrijving"
          + " van ‘Kinderopgraving’ (14:45–15:45): Ronde 4: nog 7 plaatsen vrij.",
      "tune56-archeologiedag | kan mijn dochter nog mee met de eerste ronde kinderopgraving | Nee, uit de"
          + " beschrijving van ‘Kinderopgraving’ (10:30–11:30): Ronde 1 is VOL.",
      // joining by a verb of its own ("meerijden"); an age range that names the contest, not the asker's age
      "tune57-erfgoedspoordag | kan ik nog meerijden op de voetplaat | Nee, uit de beschrijving van ‘Meerijden op de"
          + " voetplaat’: UITVERKOCHT. Er is een wachtlijst bij het loket van Station Veenhorst.",
      "tune57-bouwsteenfestival | kan ik nog meedoen aan de bouwwedstrijd voor 8-11 jaar | Nee, uit de beschrijving"
          + " van ‘Bouwwedstrijd 8-11 jaar’: VOL: alle plaatsen zijn vergeven; er is geen wachtlijst.",
      // "dochter" is no typo of the role "dichter": the round asked, with room left
      "tune57-poeziefestival | kan mijn dochter nog mee met de tweede ronde van de kinderworkshop | Ja, uit de"
          + " beschrijving van ‘Kinderworkshop: Dichten met schaar en lijm’ (15:00–16:00): In deze tweede ronde zijn nog"
          + " plaatsen vrij.",
      // by its clock time
      "tune56-kerkendag | kan ik nog mee met de torenbeklimming van 10:30 | Nee, uit de beschrijving van"
          + " ‘Torenbeklimming Gertrudistoren’ (10:30–11:15): Uitverkocht.",
      // a ticket still to be had
      "tune56-podcastfestival | kan ik nog een kaartje kopen voor het zoete uur | Nee, uit de beschrijving van"
          + " ‘Live-opname: Het Zoete Uur’: Deze opname is uitverkocht; er is geen wachtlijst.",
      // "plekken" is the word for places, no typo of the topic "plukken"
      "tune56-fruitplukdag | hoeveel plekken zijn er bij de ciderproeverij | Bij ‘Ciderproeverij’ (15:00–15:45, in De"
          + " Perskelder): In deze ronde zijn nog plaatsen vrij: opgeven en betalen bij de deur van de Perskelder.",
      // a stall still to be rented when none is left
      "tune61-zeilschool | kan ik nog een kraam huren op de botenmarkt | Nee, uit de beschrijving van ‘Tweedehands"
          + " botenmarkt’: Alle 28 kramen zijn verhuurd (€ 15 per kraam); er is geen plek meer voor nieuwe verkopers.",
      // without registering, asked and said
      "tune61-zeilschool | kan mijn kind zonder aanmelden naar het knutselen | Ja, ‘Knopen en vlaggetjes knutselen’"
          + " (Sanne Wolters) is van 10:15 tot 16:00, in Jeugdtent. / Uit de beschrijving van ‘Knopen en vlaggetjes"
          + " knutselen’: Gratis en zonder aanmelden: je loopt gewoon binnen.",
      // still registering asks how, not whether it is full
      "tune55-paddenstoelendag | kan ik me op de dag zelf nog inschrijven voor een wandeling | Ja, uit de"
          + " beschrijving van ‘Paddenstoelenwandeling’: Aanmelden vooraf via de website of op de dag bij de balie;"
          + " vol is vol",
      // "nog niet vol" asks those with room, as "nog plek" does
      "tune62-kringloopwinkel | welke rondleidingen zijn nog niet vol | Met nog plek: / • ‘Rondleiding sorteerhal’"
          + " (Dirk-Jan Post), in Sorteerhal, 13:15–14:00 / • ‘Rondleiding sorteerhal’ (Dirk-Jan Post), in Sorteerhal,"
          + " 15:00–15:45",
      // which have room: those whose text says so ("nog plekken vrij"), besides the other rounds of a full one
      "tune68-lerarencongres | welke sessies in ronde A zijn nog niet vol | In de eerste ronde "
          + "(10:50–11:50) met nog plek: keuze uit ‘Formatief evalueren in de praktijk’ (Joost Kamphuis), in Zaal"
          + " 2, ‘Meertaligheid als kracht’ (Samira El Idrissi), in Zaal 3 en ‘Rust in de klas’ (Ruben de Graaf),"
          + " in Zaal 6, 10:50–11:50.",
      "tune67-bridgedrive | bij welke activiteiten is nog plek | Met nog plek: / • ‘Kaartspelletjes "
          + "voor kinderen’ (Sanne Bosma), in Jeugdhoek, 10:00–11:30 / • keuze uit ‘Beginnersles bridge’ (Jolanda"
          + " Brouwer), in Kleine zaal en ‘Kaartspelletjes voor kinderen’ (Sanne Bosma), in Jeugdhoek, "
          + "14:15–15:45",
      "tune68-oogstfeest | waar is nog plek | Met nog plek: / • ‘Pompoenen versieren’ (Lotte "
          + "Veenstra), in Kinderweide, 14:00–15:00 / • het boerenbuffet, in Grote Schuur, 18:00–19:30",
      // bookable slots rather than places: "er zijn nog 6 slots vrij"
      "tune69-startersdag | is er nog plek bij de speedcoaching | Ja, uit de beschrijving van "
          + "‘Speedcoaching’: Er zijn 40 slots; er zijn nog 6 slots vrij.",
      // still registering at a time asked: by the time the line sets, not a yes because a line names it
      "tune70-kijkdag | kan ik me om 15:00 nog inschrijven voor de loting | Nee, uit de beschrijving van"
          + " ‘Inschrijfbalie loting en tijdvakken’: Inschrijven voor de loting kan tot 14:30; daarna niet meer."})
  @DisplayName("answers by the sentence that says whether there is room")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
