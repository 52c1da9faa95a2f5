package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies that count what no session is: groups, questions, points, as the day's or a session's description
 * gives their number ("in vijf kleine groepen"), with the number in digits first; and a plural the programme writes
 * only in the singular ("gastheren" where it says "gastheer"); the things one detail line lists after a label
 * ("Stands: A, B, C en D"); people a session has besides its speakers ("het koor telt 18 kinderen") and numbered
 * parts the word counted names ("Tafel 1" to "Tafel 4"); a word a title has only after "van de" ("Jurering van de
 * praalwagens") is counted from the descriptions. Line breaks " / ".
 */
@DisplayName("Counts that only a description gives, and plurals of the programme's words")
final class DescribedCountReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // a number right before the word counted, though that word also names the session or the series
      "tune60-timmerdag.json | hoeveel stoelen mag ik meenemen naar de reparatietafel | Uit de beschrijving van"
          + " ‘Reparatietafel voor wiebelstoelen’: Maximaal 2 stoelen per persoon.",
      "tune55-paddenstoelendag.json | hoeveel paddenstoelen mag ik meenemen naar de determinatietafel | Uit de"
          + " beschrijving van ‘Determinatietafel’: Maximaal 5 paddenstoelen per bezoeker",
      "tune40-pitchdag.json | welke startups pitchen in ronde 1 | Op het programma: ‘Pitchronde 1: Zorg, onderwijs en"
          + " werk’ (Sanne van der Heijden, Marieke de Wit, Ahmed el Amrani, Femke van 't Hek en Esther Boukema), in"
          + " Hoofdzaal, 10:15–11:15. / Uit de beschrijving van ‘Pitchronde 1: Zorg, onderwijs en werk’: Acht startups uit"
          + " zorg, onderwijs en werk pitchen elk vijf minuten voor de jury en het publiek. / Uit de beschrijving van"
          + " ‘Pitchronde 1: Zorg, onderwijs en werk’: De volgorde is: Zorgmaatje, Leerlift, Polsslag, Werkwijs, Tandem"
          + " Taal, SlaapSlim, Revalidata en KlasKompas.",
      "tune27-festival.json | met hoeveel mensen kun je mee met de wandeling | Uit de beschrijving van ‘Loop mee met"
          + " de wethouder’: Er gaan maximaal 20 mensen mee; aanmelden bij de informatiestand.",
      "tune25-reanimatie.json | hoeveel vragen heeft de toets | Uit de beschrijving van ‘Korte toets’: Schriftelijke"
          + " toets met 12 meerkeuzevragen over de theorie.",
      // a number the text writes out, in digits before the sentence
      "tune21-hackathon.json | hoeveel teams doen er mee | 6 teams, volgens de beschrijving van ‘Pitches"
          + " van de teams’: De zes teams presenteren hun prototype aan de jury en de zaal.",
      "tune32-leerlunch.json | uit hoeveel vragen bestaat de poll | 3 vragen, volgens de beschrijving van"
          + " ‘Poll: hoe goed ken jij de nieuwe regels?’: Korte peiling via Mentimeter met drie vragen over je"
          + " kennis van de nieuwe Participatiewet en waar je in je werk tegenaan loopt."
,
      // "hoe vaak" counts the times, not the number a description gives
      "tune33-alzheimercafe.json | hoe vaak zijn de informatietafels open | ‘Informatietafels’ staat 2"
          + " keer op het programma: ‘Informatietafels’ (19:00–19:30) en ‘Informatietafels’ (20:45–21:05). / Uit"
          + " de beschrijving van ‘Informatietafels’: In de pauze zijn de vijf informatietafels in de foyer weer"
          + " open."
,
      // people a session has besides its speakers, the numbered tables of a market, and of two sentences with a
      // number the one that also says what the question names
      "tune32-voorspeelmiddag.json | hoeveel kinderen zingen er in het koor | Uit de beschrijving van"
          + " ‘Optreden 1: Kinderkoor De Zangvogels’: Het koor telt 18 kinderen.",
      "tune32-voorspeelmiddag.json | hoeveel tafels zijn er op de instrumentenmarkt | Bij"
          + " ‘Instrumentenmarkt’ (13:00–16:30, in Foyer) staan er 4: / • Tafel 1: strijkinstrumenten (viool,"
          + " altviool, cello). / • Tafel 2: blaasinstrumenten (trompet, trombone, saxofoon, dwarsfluit). / •"
          + " Tafel 3: slagwerk (drumstel, djembé, cajon). / • Tafel 4: gitaar, ukelele en keyboard.",
      "tune33-werkbezoek.json | met hoeveel jongeren praat de staatssecretaris in de loods | 5 jongeren, volgens"
          + " de beschrijving van ‘Gesprek met jongeren van Jouw Plek’: Vijf jongeren uit het programma Jouw Plek"
          + " gaan in gesprek met de staatssecretaris en de wethouder.",
      // more than are on the session: the description's number, not its speakers
      "tune33-werkbezoek.json | hoeveel vrijwilligers heeft de voedselbank | Uit de beschrijving van ‘Rondleiding"
          + " bij Voedselbank Almelo’: Er werken 95 vrijwilligers bij de voedselbank.",
      // how many may join a session, where "bij" names the session, not whose people they are
      "tune24-jeugdhulp.json | hoeveel mensen kunnen er per ronde mee bij samen beslissen | Uit de beschrijving van"
          + " ‘Workshop: Samen beslissen met jongeren en ouders’: Maximaal 20 deelnemers per ronde.",
      // a topic several sessions treat: the number one of their descriptions gives
      "tune23-inspraak.json | hoeveel woningen komen er in tuindorp-oost | Uit de beschrijving van ‘Presentatie"
          + " van het gebiedsplan’: Projectleider Bas van der Meulen laat zien wat er op het terrein van het voormalige Sportpark De Lindeboom komt: 320 woningen, het"
          + " Lindepark van 4 hectare en een nieuwe ontsluitingsweg vanaf de Oosterveldweg.",
      // per round: the number in each round first
      "tune4-raadsinformatie.json | hoeveel tafelgesprekken zijn er per ronde | Per ronde zijn er 3 tafelgesprekken,"
          + " 6 in 2 rondes; per ronde kies je er één: / • 19:45–20:25: keuze uit ‘Tafelgesprek Wonen’ (Marloes van der"
          + " Veen en Bart Hoogland), ‘Tafelgesprek Mobiliteit’ (Sander ter Beek) en ‘Tafelgesprek Energie en groen’"
          + " (Fatima Bouzid) / • 20:45–21:25: keuze uit ‘Tafelgesprek Wonen’ (Marloes van der Veen), ‘Tafelgesprek"
          + " Mobiliteit’ (Sander ter Beek) en ‘Tafelgesprek Energie en groen’ (Fatima Bouzid en Gerrit Oosterveld)",
      // the asker in the group, or room for people: how many take part, not who speaks
      "tune20-mantelzorg.json | met hoeveel mensen zit je in een gespreksgroep | Uit de beschrijving van"
          + " ‘Lotgenotengroep dementie’: Maximaal 12 deelnemers per groep.",
      "tune31-dialoog.json | hoeveel mensen kunnen er aan de tafel in het buurthuis | Uit de beschrijving van"
          + " ‘Dialoogtafel Buurthuis: Praten over geldzorgen’: Maximaal 10 deelnemers; aanmelden per tafel via"
          + " dialoogculemborg.nl.",
      "tune19-regio.json | hoeveel jongeren zitten er in de jeugdraad | Uit de beschrijving van ‘Wat"
          + " jongeren ons meegeven: de Jeugdraad aan het woord’: De Jeugdraad Rivierenland bestaat uit 14"
          + " jongeren van 14 tot 23 jaar.",
      "tune19-regio.json | hoeveel jongeren hebben de enquête van de jeugdraad ingevuld | Uit de"
          + " beschrijving van ‘Wat jongeren ons meegeven: de Jeugdraad aan het woord’: Yassine Ait Haddou en"
          + " Noor Jansen van de Jeugdraad Rivierenland presenteren de uitkomsten van hun enquête onder 612"
          + " jongeren uit de regio over hun ervaringen met jeugdhulp."
,
      "tune26-wandelconferentie.json | in hoeveel groepen lopen we | 5 groepen, volgens de beschrijving van de dag:"
          + " Op deze wandelconferentie lopen zo'n zestig professionals en bewoners in vijf kleine groepen een route"
          + " van 4,2 kilometer door de Zwolse wijk Holtenbroek.",
      "tune25-netwerk.json | hoeveel deelnemers worden er verwacht | Uit de beschrijving van de dag: Op deze"
          + " netwerkmiddag ontmoeten zo'n negentig medewerkers en vrijwilligers van gemeenten, voedselbanken, kerken"
          + " en welzijnsorganisaties uit de acht gemeenten van Rivierenland elkaar.",
      "tune26-wandelconferentie.json | hoeveel stands staan er op de gezondheidsmarkt | Bij ‘Gezondheidsmarkt met"
          + " smoothies’ (14:20–15:00, in Foyer) staan er 5: / • GGD IJsselland (Gezondheidsmonitor) / • Sportbedrijf"
          + " Zwolle (buurtsportcoaches) / • Wijkteam Holtenbroek / • Buurtmoestuin De Groene Hof / • JOGG Zwolle /"
          + " Uit de beschrijving: Afsluiting van de dag met smoothies van groente en fruit uit de buurtmoestuin en"
          + " vijf informatiestands van organisaties uit de wijk.",
      "tune13-excursie.json | hoeveel groepen zijn er | 2 groepen, volgens de beschrijving van ‘Opening en"
          + " inleiding: werk en participatie in Amersfoort’: De raadsleden worden verdeeld over twee groepen: Groep A"
          + " en Groep B.",
      "tune28-wijkverpleging.json | hoeveel accreditatiepunten levert deze dag op | 4 accreditatiepunten, volgens"
          + " de uitleg bij Accreditatie: De dag is geaccrediteerd door het Kwaliteitsregister V&VN voor 4 punten; je"
          + " tekent de presentielijst bij de opening en na de afsluiting.",
      "tune25-verwenmiddag.json | hoeveel behandelingen kan je kiezen | 3 behandelingen, volgens de uitleg bij"
          + " Verwenbehandelingen: De drie behandelingen op afspraak in tijdsloten: handmassage, kapper en nagels.",
      "tune26-nascholing.json | hoeveel vragen moet ik goed hebben voor een voldoende | Volgens de beschrijving van"
          + " ‘Kennistoets’: U hebt een voldoende bij minimaal 14 goede antwoorden.",
      "tune26-wandelconferentie.json | wie zijn de gastheren en gastvrouwen bij de haltes | Bij ‘Halte 1"
          + " Gezondheidscentrum: welzijn op recept’ (10:05–10:35) spreken Esther van den Berg (huisarts,"
          + " Gezondheidscentrum Holtenbroek) en Fatima El Amrani (wijkverpleegkundige, Buurtzorg Zwolle-Noord). / Bij"
          + " ‘Halte 2 Buurtmoestuin: samen tuinieren, samen eten’ (10:45–11:20) spreekt Anouk van 't Hof"
          + " (coördinator, Buurtmoestuin De Groene Hof). / Bij ‘Halte 3 Sportpark: de beweegtuin’ (12:25–12:50)"
          + " spreekt Rachid Ait Haddou (buurtsportcoach, Sportbedrijf Zwolle). / Bij ‘Halte 4 Schoolplein: groen en"
          + " gezond spelen’ (12:55–13:25) spreken Bas de Jong (directeur, OBS De Klimop) en Sanne Wijnands"
          + " (JOGG-regisseur, gemeente Zwolle).",
      // a title about the thing ("Jurering van de praalwagens") does not make its session the thing counted
      "tune46-corso.json | hoeveel praalwagens doen er mee | 19 praalwagens, volgens de beschrijving van de dag: Het"
          + " 70e bloemencorso van Heerenveld met 19 praalwagens vol dahlia's, gebouwd door buurtschappen en"
          + " verenigingen.",
      // a word one speaker's role has ("zanger"): counted in the session named, not by that speaker
      "tune22-buurtfeest.json | uit hoeveel zangers bestaat het koor | Uit de beschrijving van ‘Optreden "
          + "Buurtkoor Rivierenklanken’: Het koor telt 24 zangers uit de Rivierenwijk.",
      // rounds of one session named: what its text gives, not the day's rounds
      "tune31-jubileum.json | uit hoeveel rondes bestaat de quiz | 5 rondes, volgens de beschrijving van"
          + " ‘Jubileumquiz: Hoe goed ken jij De Schakel?’: De quiz heeft 25 vragen in vijf rondes.",
      "tune70-sponsorloop.json | hoeveel rondes mag je maximaal wandelen | Uit de beschrijving van ‘Wandelloop’: Je"
          + " wandelt maximaal 4 rondes (10 km)."})
  @DisplayName("the number the text gives, and the people of the plural asked")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
