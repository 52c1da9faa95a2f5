package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to yes/no questions about a person only a description names ("zit Jesse ten Dam in de categorie Wijk &
 * Buurt?", "pitcht Kees van Dijk voor Mentor op Maat?"): yes or no by whether the sentence that names them belongs to
 * the session asked about, and that sentence; "is er na de keynote tijd voor vragen?" by what the keynote's
 * description says about questions; "gaat webinar 3 over ouderen?" no when the programme never says "ouderen"; "kan
 * het publiek stemmen?" by a sentence with "publieksprijs"; "is er iets voor kinderen?" at any time of the day, not
 * only now; "kan ik tijdens het panel vragen stellen via Slido?" by the panel's own description; "niemand is
 * verplicht" says no to "moet ik verplicht meespelen?"; "vergoed" in the question is "vergoedt" in the text;
 * "moet ik me inschrijven?" is answered by "schrijf je in op de lijst", "moet ik me aanmelden?" by "je hoeft je niet aan
 * te melden"; "moet ik me aanmelden voor een rondleiding?" by the sentence every tour's description shares; "moet
 * ik droge kleren meegeven?" by "Geef droge kleren mee"; "worden de labradors 's ochtends gekeurd?" by the time of the
 * session whose description names them; "gekeurd" is said of the "Keuring"; a session given four times ("Verhalenuur"
 * at 10:30, 11:30, ...) is asked about by its own description; "ga je ...?" opens a yes/no question as "gaat ...?"
 * does. Line breaks " / ".
 */
@DisplayName("Yes/no replies that only a description decides")
final class YesNoDescribedReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // a price asked against the price given: the amount decides, not whether one pays
      "tune49-schapenscheerdag.json | kost een pannenkoek naturel 5 euro | Nee, uit de beschrijving van de"
          + " pannenkoekenkraam: Pannenkoek naturel €4.",
      "tune49-schapenscheerdag.json | kost een pannenkoek naturel 4 euro | Ja, uit de beschrijving van de"
          + " pannenkoekenkraam: Pannenkoek naturel €4.",
      // a kind of session asked with what it is about: a stand that sells the thing is no such workshop
      // (no workshop is both: a no with the workshops there are)
      "tune49-trouwbeurs.json | is er een workshop trouwringen smeden | Nee, een workshop trouwringen smeden staat"
          + " niet op het programma. Wel: ‘Workshop bruidsmake-up’ (11:00–12:00), ‘Taartproeverij’ (12:30–13:15),"
          + " ‘Workshop trouwspeech schrijven’ (13:00–14:00) en nog 1 meer. / Uit de beschrijving van ‘Beursvloer"
          + " Ridderzaal’: Stand 18: Ringen van Goud, trouwringen op maat",
      // "speciaal" says something of what is asked, it is no thing the programme lacks
      "tune49-trouwbeurs.json | is er iets speciaal voor getuigen die een speech moeten houden | Ja, ‘Workshop"
          + " trouwspeech schrijven’ (Joost Brinkman) is van 13:00 tot 14:00, in Torenkamer. / Uit de beschrijving van"
          + " ‘Workshop trouwspeech schrijven’: Voor getuigen, ouders en ceremoniemeesters: zo schrijf je een speech"
          + " die raakt en niet te lang duurt.",
      "tune35-museumnacht.json | moet ik me aanmelden voor de zilverrondleiding? | Nee, uit de beschrijving van"
          + " ‘Rondleiding: Zilver van de Hanze’: Je hoeft je niet aan te melden; verzamelen bij de ingang van de"
          + " Zilverkamer.",
      "tune36-sollicitatiedag.json | moet ik me inschrijven voor de fotoshoot? | Ja, uit de beschrijving van"
          + " ‘LinkedIn-fotoshoot’: Per persoon een slot van 10 minuten; schrijf je in op de lijst bij de deur van"
          + " kamer 1.12.",
      "tune13-excursie.json | krijgen we achteraf een verslag van het werkbezoek | Ja, uit de beschrijving van"
          + " ‘Afsluiting en vervolgafspraken’: Het verslag van het werkbezoek wordt binnen twee weken naar alle"
          + " raadsleden gestuurd.",
      "tune20-eindejaar.json | is er halal eten | Ja, het driegangendiner (Remco Jansen) is van 18:15 tot 19:45, in"
          + " Restaurant De Waterkant. / Uit de beschrijving van het driegangendiner: Halal: kipstoofpot in plaats van"
          + " het stoofvlees.",
      "tune25-verwenmiddag.json | kan ik gelnagels laten zetten | Nee, uit de beschrijving van ‘Verwenbehandeling:"
          + " nagels’: U kiest uit twaalf kleuren nagellak of blanke lak; gelnagels zijn niet mogelijk.",
      "tune25-verwenmiddag.json | kan ik bij de kapper mijn haar laten verven | Nee, uit de beschrijving van"
          + " ‘Verwenbehandeling: kapper’: Alleen knippen en föhnen; verven en permanenten kan vandaag niet.",
      "tune24-clientenraad.json | moet ik verplicht meespelen in het rollenspel | Nee, uit de beschrijving van"
          + " ‘Rollenspel: in gesprek met de bestuurder’: Niemand is verplicht mee te spelen: u kunt ook observeren"
          + " met het observatieformulier uit uw map.",
      "tune24-clientenraad.json | worden de reiskosten vergoed | Ja, uit de beschrijving van ‘Welkom en praktische"
          + " zaken’: Reiskosten: het Steunpunt vergoedt uw reiskosten, openbaar vervoer 2e klas of € 0,23 per"
          + " kilometer met de auto.",
      "tune13-festival.json | is er iets voor kinderen | Ja, op het programma: / • ‘Kinderhoek: knutselen, "
          + "schminken en springkussen’ (Femke Jacobs), in Kinderhoek, 12:00–19:00 / • ‘Voorlezen in je eigen "
          + "taal’ (Hatice Aydin), in Tent, 14:45–15:05 / Uit de beschrijving van ‘Kinderhoek: knutselen, "
          + "schminken en springkussen’: De hele middag vrij binnenlopen in de kinderhoek: knutselen, schminken, "
          + "een springkussen en oud-Hollandse spelletjes. / Uit de beschrijving van ‘Voorlezen in je eigen "
          + "taal’: Voorleesmoment voor kinderen en hun ouders: een prentenboek in het Nederlands, Arabisch, "
          + "Turks en Pools.",
      "tune18-awards.json | zit jesse ten dam in de categorie wijk en buurt | Nee, uit de beschrijving van"
          + " ‘Categorie Jong & Kansrijk: pitches van de genomineerden’: Jongerenraad Rijssen-Holten, jongeren"
          + " die de gemeenteraad adviseren over jeugdbeleid (gemeente Rijssen-Holten); pitch door Jesse ten Dam"
          + " (17 jaar).",
      "tune18-awards.json | is hind ait hamou genomineerd in werk & meedoen | Ja, uit de beschrijving van"
          + " ‘Categorie Werk & Meedoen: pitches van de genomineerden’: Taalcafé aan het Werk, Nederlands leren"
          + " op de werkvloer voor statushouders in Zwolle (Stichting TaalKracht Zwolle); pitch door Hind Ait"
          + " Hamou.",
      "tune18-awards.json | pitcht kees van dijk voor mentor op maat | Ja, uit de beschrijving van"
          + " ‘Categorie Jong & Kansrijk: pitches van de genomineerden’: Mentor op Maat, vrijwillige mentoren"
          + " voor jongeren die dreigen uit te vallen op school in Oldenzaal (Stichting Mentorwerk Oldenzaal);"
          + " pitch door Kees van Dijk.",
      "tune18-awards.json | pitcht kees van dijk in de categorie jong en kansrijk | Ja, uit de"
          + " beschrijving van ‘Categorie Jong & Kansrijk: pitches van de genomineerden’: Mentor op Maat,"
          + " vrijwillige mentoren voor jongeren die dreigen uit te vallen op school in Oldenzaal (Stichting"
          + " Mentorwerk Oldenzaal); pitch door Kees van Dijk.",
      "tune19-studiedag.json | is er na de keynote tijd voor vragen | Ja, uit de beschrijving van ‘Eén"
          + " kind, één plan: onderwijs en jeugdhulp aan dezelfde tafel’: Aan het eind van de lezing is er tien"
          + " minuten ruimte voor vragen uit de zaal.",
      "tune19-regio.json | is er na de keynote tijd voor vragen | Ja, uit de beschrijving van ‘Keynote:"
          + " Normaliseren begint bij ons’: Na de keynote is er 5 minuten ruimte voor vragen uit de zaal.",
      "tune18-awards.json | is er na de keynote ruimte voor vragen | Nee, uit de beschrijving van"
          + " ‘Keynote: Klein beginnen, groot verschil’: Na de keynote is er geen vragenronde; Anneke ten Hove"
          + " is tijdens de afterparty in de foyer om na te praten.",
      "tune17-webinarreeks.json | gaat het derde webinar over ouderen en schulden | Nee, over ‘ouderen’"
          + " zegt het programma niets. ‘Opening webinar 3: Jongeren en schulden’ (Lotte Bakker) is van 15:30"
          + " tot 15:35, in Microsoft Teams.",
      "tune19-regio.json | kan ik tijdens het panel vragen stellen via slido | Ja, uit de beschrijving van"
          + " ‘In gesprek met de wethouders: de regionale koers 2026-2028’: Vragen uit de zaal kunt u stellen"
          + " via Slido met de code RIVJEUGD.",
      "tune16-posters.json | kan het publiek ook op een poster stemmen | Ja, uit de beschrijving van"
          + " ‘Postersessie met koffie’: Bezoekers kunnen met een stemkaart hun favoriete poster kiezen voor de"
          + " publieksprijs.",
      "tune16-jubileum.json | wordt de groepsfoto tijdens de borrel gemaakt | Ja, de jubileumborrel en"
          + " groepsfoto is van 18:00 tot 18:30, in Foyer.",
      "tune37-ziekenhuis.json | moet ik me aanmelden voor een rondleiding | Ja, uit de beschrijving van"
          + " ‘Rondleiding OK’: Aanmelden via de website; vol is vol.",
      "tune38-zomerkamp.json | moet ik droge kleren meegeven voor mijn kleuter | Ja, uit de beschrijving van"
          + " ‘Kikkers: waterspelletjes op het grasveld’: Geef droge kleren mee voor na de waterspelletjes.",
      "tune39-hondenshow.json | worden de labradors 's ochtends gekeurd | Nee, ‘Keuring groep 8: apporteerhonden en"
          + " waterhonden’ (Annelies van der Meulen) is van 13:00 tot 14:30, in Ring 2. / Uit de beschrijving van"
          + " ‘Keuring groep 8: apporteerhonden en waterhonden’: Labradors, golden retrievers, kooikerhondjes en"
          + " spaniëls.",
      // a state the sentence denies ("nog niet uitverkocht") is a no by that sentence, not a yes by its time
      "tune57-poeziefestival.json | is de avond al uitverkocht | Nee, uit de beschrijving van ‘Opening poetryslam’:"
          + " Kaarten aan de kassa of via woordhaven.nl; de avond is nog niet uitverkocht.",
      "tune39-korenfestival.json | moesten de zangers van het projectkoor auditie doen | Nee, uit de beschrijving van"
          + " ‘Projectkoor Hoorn Zingt’: Iedereen kon zich aanmelden, zonder auditie.",
      "tune34-inloopspreekuur.json | moet ik me aanmelden voor de infopraatjes | Nee, uit de beschrijving van ‘Welke"
          + " regelingen zijn er voor jou?’: Er zijn 30 stoelen; je hoeft je niet aan te melden.",
      "tune21-hackathon.json | mag een team uit 8 personen bestaan | Nee, uit de beschrijving van ‘Teamvorming’:"
          + " Deelnemers kiezen een uitdaging en vormen teams van 4 tot 6 personen.",
      "tune21-hackathon.json | mag een team uit vijf personen bestaan | Ja, uit de beschrijving van ‘Teamvorming’:"
          + " Deelnemers kiezen een uitdaging en vormen teams van 4 tot 6 personen.",
      "tune39-hondenshow.json | wordt er om 11:00 gekeurd in ring 4 | Ja, ‘Keuring groep 5: spitsen en oertypen’"
          + " (Hans ten Cate) is van 10:30 tot 12:00, in Ring 4.",
      "tune44-universiteit.json | ga je bij bedrijfskunde naar het buitenland | Ja, op het programma: / •"
          + " ‘Bachelorvoorlichting Bedrijfskunde’ (Femke ten Cate), in Collegezaal B1, 11:15–12:00 / •"
          + " ‘Bachelorvoorlichting Bedrijfskunde’ (Femke ten Cate), in Collegezaal A2, 14:00–14:45 / Uit de"
          + " beschrijving van ‘Bachelorvoorlichting Bedrijfskunde’: In jaar 3 ga je een semester naar het buitenland.",
      // of two sentences with "hesje", the one with the verb asked, also at the end of the sentence
      "tune30-gsport.json | mogen we het hesje houden | Ja, uit de beschrijving van de afsluiting met een ijsje en"
          + " ophalen: Het hesje in de teamkleur mag je houden."})
  @DisplayName("yes or no by the description that names the person")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune35-kookstudio.json | is er ook kimchi zonder vis? | Ja, uit de beschrijving van ‘Workshop Fermenteren en"
          + " inmaken’: In de kimchi zit vissaus; er is ook een versie zonder vis.",
      "tune35-kookstudio.json | zit er vis in de kimchi? | Nee, uit de beschrijving van ‘Workshop Fermenteren en"
          + " inmaken’: In de kimchi zit vissaus; er is ook een versie zonder vis.",
      "tune29-stagemarkt.json | kan ik zonder afspraak naar het spreekuur | Ja, ‘Spreekuur stagecoördinator’ (Ilse"
          + " van der Meulen) is van 20:15 tot 20:45, in Lokaal 0.08. / Uit de beschrijving van ‘Spreekuur"
          + " stagecoördinator’: Zonder afspraak; gesprekjes van ongeveer vijf minuten.",
      "tune38-zomerkamp.json | blijven de kinderen ook slapen | Dat staat niet letterlijk in het programma, maar dit"
          + " wel: / Uit de beschrijving van de dag: Dag 3 van het zomerkamp van de gemeente Deventer voor kinderen van 4"
          + " tot en met 12 jaar, dit keer met het thema piraten.",
      "tune35-ict-training.json | kan ik zonder personeelspas een nieuw wachtwoord krijgen? | Nee, uit de beschrijving"
          + " van ‘ICT-helpdesk’: Een nieuw wachtwoord instellen kan alleen met je personeelspas.",
      "tune40-pitchdag.json | kan ik zonder afspraak bij de speedmeetings aanschuiven | Nee, uit de beschrijving van"
          + " ‘Investeerders-speedmeetings’: Zonder afspraak kun je niet aanschuiven.",
      "tune37-voorleesfeest.json | moet je je opgeven voor het verhalenuur | Ja, uit de beschrijving van"
          + " ‘Verhalenuur’: Aanmelden is nodig via de website of aan de balie; er zijn 25 plaatsen per keer."})
  @DisplayName("a question that asks a thing absent ('zonder vis') is yes where the text says it is absent, no where"
      + " the text says that case is not possible; the people a question is about ('de kinderen') are no yes by themselves")
  void absentAsked(String programme, String question, String expected) {
    // given a description that says a thing is or is not there, when asked whether one can do without it
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
