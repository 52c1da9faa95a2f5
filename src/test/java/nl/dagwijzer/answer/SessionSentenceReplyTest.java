package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to yes/no questions one sentence of a session's or the day's text decides: what happens after a
 * session, how large a group may be, whether a child needs a grown-up, a rule for a kind of thing (rows from the misses
 * of the later tuning days).
 */
@DisplayName("Yes or no from one sentence of the texts")
final class SessionSentenceReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // whether a thing can be bought or hired: a text that names it beside a price or a sale, not the session
      "tune51-molendag | kan ik speltmeel kopen | Ja, uit de beschrijving van ‘Molenwinkel: meel en brood’:"
          + " Speltmeel, 1 kilo: €3,25.",
      "tune51-molendag | kan ik daar een fiets huren voor de fietstocht | Nee, uit de beschrijving van ‘Fietstocht"
          + " langs vijf molens’: E-bikes zijn welkom; neem je eigen fiets mee, er is geen fietsverhuur.",
      "tune48-molendag | kan ik bij de noordstar olie kopen | Ja, uit de beschrijving van ‘Oliemolen De Noordstar"
          + " open’: Lijnzaadolie te koop: flesje van 250 ml voor € 4,50.",
      "tune33-brandweer | kan ik bij de stand een rookmelder kopen | Nee, uit de beschrijving van ‘Infostand"
          + " rookmelders’: Er worden geen rookmelders verkocht.",
      // "te koop" asks the same
      "tune55-paddenstoelendag | zijn er kweeksets voor oesterzwammen te koop | Ja, uit de beschrijving van"
          + " ‘Natuurmarkt’: Kraam 4: Zwamkwekerij Het Sporenhuis, kweekset oesterzwammen voor €12,50.",
      // what a shop's texts name can be bought there
      "tune49-schapenscheerdag | kun je er wol kopen | Ja, uit de beschrijving van ‘Boerderijwinkel’: Wol, garen en"
          + " schapenvachten van eigen schapen.",
      // what a tasting names can be tasted
      "tune50-imkerdag | kun je bij de proeverij ook heidehoning proeven | Ja, uit de beschrijving van"
          + " ‘Honingproeverij’: Zes soorten: koolzaadhoning, fruitbloesemhoning, lindehoning, heidehoning,"
          + " bloemenhoning en raathoning.",
      // "na het toernooi" asks what its own text says of afterwards, not what else is on after it
      "tune49-kasteeldag | mogen kinderen na het toernooi de paarden aaien | Ja, uit de beschrijving van"
          + " ‘Riddertoernooi’: Na afloop mogen kinderen de paarden aaien",
      // without what its own briefing says is compulsory
      "tune54-wadlopen | kan ik zonder briefing mee met de oversteek | Nee, uit de beschrijving van ‘Briefing Oversteek"
          + " Schiermonnikoog’: Verplichte uitleg over route, getij, veiligheid en de veerboot terug.",
      // a time after the latest the description sets, though the rental runs until 23:00
      "tune47-ijsbaan | kan ik om 22:30 nog schaatsen huren | Nee, uit de beschrijving van ‘Schaatsverhuur’: Laatste"
          + " verhuur om 22:00.",
      "tune47-ijsbaan | kan ik om 21:30 nog schaatsen huren | Ja, uit de beschrijving van ‘Schaatsverhuur’: Laatste"
          + " verhuur om 22:00.",
      // a group of 30 against "Maximaal 25 personen per rondleiding"
      "tune49-kasteeldag | kunnen we met een groep van 30 op een rondleiding | Nee, uit de beschrijving van"
          + " ‘Rondleiding door het kasteel’: Maximaal 25 personen per rondleiding",
      // "7 man" is a number of people too
      "tune46-quiz | mogen we met 7 man in een team | Nee, uit de beschrijving van de dag: Pubquiz en spellenavond"
          + " voor teams van maximaal 6 personen in wijkcentrum De Lindeboom, met 8 quizrondes, bingo en vooraf een"
          + " kinderquiz.",
      // "lastig" with a wheelchair is a no to "goed te doen"
      "tune49-kasteeldag | is de tuinwandeling goed te doen met een rolstoel | Nee, uit de beschrijving van"
          + " ‘Tuinwandeling met de hoofdtuinier’: Met een rolstoel lastig vanwege het grind",
      // two ages, not a range: a child of 6 needs a parent, one of 9 may be dropped off
      "tune53-robotwedstrijd | kan mijn dochter van 6 alleen naar de codeerworkshop | Nee, uit de beschrijving van"
          + " ‘Codeerworkshop voor broertjes en zusjes’: Kinderen van 6 en 7 jaar doen mee met een ouder erbij; oudere"
          + " kinderen kun je brengen en ophalen",
      "tune53-robotwedstrijd | kan ik mijn zoon van 9 bij de codeerworkshop afzetten en later ophalen | Ja, uit de"
          + " beschrijving van ‘Codeerworkshop voor broertjes en zusjes’: Kinderen van 6 en 7 jaar doen mee met een"
          + " ouder erbij; oudere kinderen kun je brengen en ophalen",
      // a parent must come for a child under the age the rule gives; "tot 8 jaar" holds for 7
      "tune53-lichtjesroute | moet ik als ouder mee als mijn kind 5 is bij het lantaarns maken | Ja, uit de"
          + " beschrijving van ‘Lantaarnworkshop voor kinderen’: Kinderen onder 6 jaar alleen met een ouder erbij",
      "tune53-boomfeestdag | mijn zoon is 7, moet ik meehelpen met het vogelhuisje timmeren | Ja, uit de beschrijving"
          + " van ‘Vogelhuisjes timmeren’: Vanaf 6 jaar; kinderen tot 8 jaar timmeren samen met een volwassene.",
      // where parents wait elsewhere they do not come in; where one may, yes
      "tune37-voorleesfeest | mag ik als ouder bij het verhalenuur blijven | Nee, uit de beschrijving van"
          + " ‘Verhalenuur’: Duurt 40 minuten; kinderen gaan alleen naar binnen, ouders kunnen wachten in het"
          + " Leescafé.",
      "tune48-circusschool | mag ik meedoen met mijn kleuter bij acrobatiek | Ja, uit de beschrijving van"
          + " ‘Acrobatiek (4-6 jaar)’: Een ouder mag meedoen",
      // a thing of a kind the rule names by the kind: slippers against closed shoes, earrings against no jewellery,
      // a sword against no weapons
      "tune50-imkerdag | kan ik op slippers naar de kastinspectie | Nee, uit de beschrijving van ‘Kastinspectie’:"
          + " Draag dichte schoenen en een lange broek.",
      "tune48-circusschool | mag mijn dochter haar oorbellen inhouden bij trapeze | Nee, uit de beschrijving van"
          + " ‘Trapeze (11-16 jaar)’: Geen sieraden",
      "tune45-dansschool | mag ze haar oorbellen in houden | Nee, uit de beschrijving van de dag: Dansers komen 's"
          + " ochtends naar de generale repetitie op de oproeptijd van hun groep, met het haar al in model en zonder"
          + " sieraden.",
      "tune48-stripfestival | mag ik een echt zwaard meenemen voor mijn cosplay | Nee, uit de beschrijving van"
          + " ‘Cosplaywedstrijd’: Geen echte wapens; nepwapens worden bij de cosplaybalie gecontroleerd",
      // the one sentence with the verb asked and nothing against it: yes, not "niet letterlijk"
      "tune42-tuinendag | kan ik zelf bloemen plukken | Ja, uit de beschrijving van ‘Pluktuin De Bloeiende Akker’:"
          + " Zelf een boeket plukken kost €6; schaar en emmer liggen klaar.",
      // a word the programme does not use, where the sentence says the alternative that rules it out
      "tune26-nascholing | is de kennistoets op papier | Nee, uit de beschrijving van ‘Kennistoets’: De toets is"
          + " digitaal: neem een opgeladen telefoon, tablet of laptop mee; de inlogcode staat op het scherm in de"
          + " Maaszaal.",
      "tune11-netwerklunch | is het een zittende lunch | Nee, uit de beschrijving van de walking lunch: Lunch staand"
          + " en lopend, zodat je makkelijk met anderen in gesprek raakt.",
      "tune33-werkbezoek | is het keukentafelgesprek openbaar | Nee, uit de beschrijving van ‘Keukentafelgesprek met"
          + " inwoners’: Besloten gesprek: geen pers.",
      // a group a sentence leaves out of those who may
      "tune53-robotwedstrijd | mogen ouders in de pitarea komen | Nee, uit de beschrijving van ‘Pitarea’: Alleen"
          + " teamleden en coaches met polsbandje mogen in de pitarea; ouders en publiek kijken mee vanaf het hek"})
  @DisplayName("answers yes or no with the sentence")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
