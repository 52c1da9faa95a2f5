package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on a part of the day joined to what is held then ("de avondronde", "de middagtafel"), on a round
 * whose sessions end at different times, on a room named by its noun ("in de bibliotheek" for "Bibliotheek
 * Culemborg"), its street ("in de kalmoesstraat"), its building ("bij de voedselbank" for "Voedselbank Almelo –
 * kantine") or its name in the building ("in de muziekstudio"), on a person whose particles are typed together
 * ("marloes tenhove"), on a plural series or role that organisations also have in their names ("welke ateliers",
 * "welke architecten"), on what starts between two sessions and runs on, on when the doors open and who opens, on a
 * general noun after "welke" or "hoeveel" ("welke groepen") and on who does what a title names ("de rappers" for
 * "rap"), on a list too long to show whole where a session given three times is one line with its three times, and on
 * "na de lezing van de commandant" (that talk, not every session with "commandant" in its title), and on what comes
 * after a session given both in the afternoon and the evening ("na de tafel in de moskee in de middag": the part of
 * the day says which); the rounds a quiz's titles number ("Ronde 1" to "Ronde 8") beside one stretch of parallel
 * sessions. Line breaks " / ".
 */
@DisplayName("Replies on rounds of a part of the day, rooms by noun or street, plural series, gaps and openings")
final class PeriodRoundsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune35-ict-training.json | wat is er tussen de twee labrondes? | Tussen het blok 10:15–11:45 en het blok"
          + " 13:15–14:45: / • keuze uit de lunch, in Restaurant en ‘Digimarkt’ (Lisa ten Cate), in Foyer, 11:45–12:45 /"
          + " • ‘Zo hack ik een gemeente’ (Fatma Yilmaz, 25 minuten), in Theaterzaal, 12:45–13:15",
      "tune39-security.json | wanneer is de eerste workshopronde | De eerste ronde is van 10:50 tot 11:20: keuze uit"
          + " ‘Wachtwoorden en wachtwoordmanagers’ (Tim van 't Veer), ‘Je telefoon veilig’ (Nadia Bouzid) en ‘Social"
          + " engineering: de mens als zwakste schakel’ (Frank ten Have).",
      "tune39-security.json | hoe laat begint de tweede ronde workshops | De tweede ronde is van 11:25 tot 11:55:"
          + " keuze uit ‘Wachtwoorden en wachtwoordmanagers’ (Tim van 't Veer), ‘Je telefoon veilig’ (Nadia Bouzid)"
          + " en ‘Social engineering: de mens als zwakste schakel’ (Frank ten Have).",
      "tune39-security.json | wie sluit de ochtend af | Bij ‘Afsluiting en prijsuitreiking’ (12:25–12:30) spreekt"
          + " Erik de Vos (CISO, Brinkman Logistiek).",
      "tune39-korenfestival.json | wat is er tussen 13:00 en 14:00 in de grote kerk | Tussen 13:00 en 14:00: /"
          + " • ‘Mannenkoor Westfriesland’ (Wim Schouten), in Grote Kerk, 13:00–13:20 / • ‘Vrouwenkoor Belcanto’"
          + " (Marieke Hoekstra), in Grote Kerk, 13:30–13:50",
      "tune37-ziekenhuis.json | welke rondleiding is er om 12 uur | Om 12:00: ‘Rondleiding Spoedeisende Hulp’ (Noor"
          + " Hendriks), in Spoedeisende Hulp, 12:00–12:45.",
      "tune39-security.json | wat loopt er tegelijk met de eerste workshopronde | Naast de eerste ronde (10:50–11:20):"
          + " ‘Inloopspreekuur laptops’ (Sophie Groen en Kevin Dekker), in Duisburg, 10:50–11:55.",
      "tune31-dialoog.json | hoe laat begint de middagronde | De ronde in de middag is van 14:00 tot"
          + " 16:00: keuze uit ‘Dialoogtafel Bibliotheek: Wie doet er digitaal mee?’ (Sanne de Wit),"
          + " ‘Dialoogtafel Moskee: Geloven en samenleven in je straat’ (Mustafa Ait Taleb), ‘Dialoogtafel"
          + " Buurthuis: Praten over geldzorgen’ (Peter van 't Hof) en ‘Dialoogtafel Zorgcentrum: Oud en jong,"
          + " wat hebben we aan elkaar?’ (Ria Hendriks-de Groot).",
      "tune31-dialoog.json | wanneer begint de avondronde | De ronde in de avond is van 19:00 tot 21:00:"
          + " keuze uit ‘Dialoogtafel Zorgcentrum: Oud en jong, wat hebben we aan elkaar?’ (Ria Hendriks-de"
          + " Groot), ‘Dialoogtafel Bibliotheek: Wie doet er digitaal mee?’ (Sanne de Wit), ‘Dialoogtafel"
          + " Moskee: Geloven en samenleven in je straat’ (Khadija El Idrissi) en ‘Dialoogtafel Buurthuis:"
          + " Praten over geldzorgen’ (Peter van 't Hof).",
      "tune31-dialoog.json | begint de avondronde om half acht | Nee, de ronde in de avond begint om 19:00.",
      "tune31-dialoog.json | hoe laat begint de tweede ronde | De tweede ronde is van 19:00 tot 21:00:"
          + " keuze uit ‘Dialoogtafel Zorgcentrum: Oud en jong, wat hebben we aan elkaar?’ (Ria Hendriks-de"
          + " Groot), ‘Dialoogtafel Bibliotheek: Wie doet er digitaal mee?’ (Sanne de Wit), ‘Dialoogtafel"
          + " Moskee: Geloven en samenleven in je straat’ (Khadija El Idrissi) en ‘Dialoogtafel Buurthuis:"
          + " Praten over geldzorgen’ (Peter van 't Hof).",
      "tune31-dialoog.json | wat is er tegelijk met de middagtafel in de bibliotheek | Tijdens"
          + " ‘Dialoogtafel Bibliotheek: Wie doet er digitaal mee?’: keuze uit ‘Dialoogtafel"
          + " Moskee: Geloven en samenleven in je straat’ (Mustafa Ait Taleb), in Moskee Al Houda, ‘Dialoogtafel"
          + " Buurthuis: Praten over geldzorgen’ (Peter van 't Hof), in Buurthuis De Schakel en ‘Dialoogtafel"
          + " Zorgcentrum: Oud en jong, wat hebben we aan elkaar?’ (Ria Hendriks-de Groot), in Zorgcentrum De"
          + " Lindehof, 14:00–16:00.",
      "tune31-dialoog.json | wie is de tafelhost van de avondtafel in de moskee | Bij ‘Dialoogtafel"
          + " Moskee: Geloven en samenleven in je straat’ (19:00–21:00) spreekt Khadija El Idrissi (tafelhost;"
          + " jongerenwerker, Stichting Welzijn Culemborg).",
      "tune31-dialoog.json | is de oogst in de bibliotheek | Nee, ‘Oogst van de dag’ (Youssef El Amrani,"
          + " Lotte van Leeuwen en Thijs Bakker, 21:30–22:15) is in Raadzaal. In Bibliotheek Culemborg:"
          + " ‘Dialoogtafel Bibliotheek: Wie doet er digitaal mee?’ (Sanne de Wit, 14:00–16:00) en ‘Dialoogtafel"
          + " Bibliotheek: Wie doet er digitaal mee?’ (Sanne de Wit, 19:00–21:00).",
      "tune26-wandelconferentie.json | is de eerste halte het schoolplein | Nee, ‘Halte 1"
          + " Gezondheidscentrum: welzijn op recept’ (Esther van den Berg en Fatima El Amrani) is van 10:05 tot"
          + " 10:35, in Gezondheidscentrum Holtenbroek; ‘Halte 4 Schoolplein: groen en gezond spelen’ (Bas de"
          + " Jong en Sanne Wijnands) is van 12:55 tot 13:25, in Schoolplein OBS De Klimop."
,
      "tune32-kunstroute.json | welke ateliers zijn er om 15:00 open | Om 15:00: / • ‘Open atelier:"
          + " fotografie van Kees de Graaf’ (Kees de Graaf), in Garagebox 12, Bieslookhof, 11:00–16:00 / • ‘Open"
          + " atelier: textiel en quilts bij Ria ten Hove’ (Ria ten Hove), in Atelier De Draad, Kalmoesstraat 8,"
          + " 13:00–16:30",
      // a square or street two rooms have anywhere in their names is both rooms
      "tune53-paardenmarkt.json | wat is er op het kerkplein te doen | Op het programma: / • ‘Jaarmarkt’, in"
          + " Voorstraat en Kerkplein, 09:00–17:00 / • ‘Optreden Brassband Excelsior’ (Rob Mulder), in Muziektent"
          + " Kerkplein, 11:45–12:30",
      "tune53-lichtjesroute.json | wat is er allemaal aan de molenweg | Op het programma: / • de"
          + " chocolademelkkraam, in Molenweg, bij kunstwerk 5, 16:45–21:00 / • ‘Vuurshow’ (Vuurgezelschap Fenix), in"
          + " Feestweide aan de Molenweg, 21:00–21:20",
      "tune32-kunstroute.json | wat is er in de kalmoesstraat | Op het programma: ‘Open atelier: textiel"
          + " en quilts bij Ria ten Hove’ (Ria ten Hove), in Atelier De Draad, Kalmoesstraat 8, 13:00–16:30.",
      // a first end narrowed by "over", then "en" starts the second; "en die over" names it by the same noun
      "tune51-spellenfestival.json | wat is er tussen de lezing over coöperatieve spellen en het panel | Tussen"
          + " ‘Lezing: zo maak je een coöperatief spel’ en ‘Panel: de Nederlandse spellenmarkt’: ‘Catan-toernooi"
          + " finale’ (Sven Kuipers), in Toernooizaal, 15:00–16:30.",
      "tune23-seniorenbeurs.json | wat is er tussen de lezing over oplichting en die over het testament | Tussen"
          + " ‘Lezing: Oplichting herkennen’ en ‘Lezing: Testament en levenstestament’: ‘Informatiemarkt’, in Grote"
          + " hal, 10:00–15:00.",
      "tune32-kunstroute.json | wat is er tussen de opening en de lunch | Tussen ‘Opening van de"
          + " kunstroute’ en de lunch: soep en broodjes: / • ‘Open atelier: keramiek bij Samira El Idrissi’"
          + " (Samira El Idrissi), in Atelier Klei en Vuur, Pijlkruidstraat 23, 10:45–13:00 / • ‘Open atelier:"
          + " schilderijen van Gert-Jan van der Wal’ (Gert-Jan van der Wal), in Zolderatelier, Lisdoddestraat"
          + " 41, 10:45–13:30 / • ‘Open atelier: kunst van Atelier Kleurrijk’ (Joyce van 't Hof), in Atelier"
          + " Kleurrijk, Hollandstraat 15, 10:45–14:00 / • ‘Rondleiding langs de ateliers’ (Bram van Dijk), in"
          + " Buurthuis De Wissel, 11:00–12:30 / • ‘Open atelier: fotografie van Kees de Graaf’ (Kees de Graaf),"
          + " in Garagebox 12, Bieslookhof, 11:00–16:00",
      "tune38-boekenbeurs.json | hoe laat is het afgelopen | Het programma loopt tot 17:00 (‘Uitgeversmarkt’ tot"
          + " 17:00); het laatste onderdeel is ‘Poetry slam: Westfriese Woordstrijd’ (Koen van Rijn, Bram van der Wal,"
          + " Sophie de Klerk, Ruben van Dam, Yara Kok, Thijs Hendriks en Naima Bouzid) (15:30–16:45).",
      "tune38-huurdersvergadering.json | hoe laat begint de vergadering | Het programma begint om 19:30 met ‘Opening"
          + " en vaststellen agenda’ (Henk van der Meulen); de inloop met koffie en thee is vanaf 19:00.",
      "tune31-jubileum.json | hoe laat gaan de deuren open | Het programma begint om 13:30 met ‘Photo"
          + " booth’ (Demi Bakker); de inloop met koffie en thee is vanaf 13:30. / Uit de beschrijving van het"
          + " jubileumbuffet: De muur van herinneringen in de foyer blijft open tot 19:00.",
      "tune31-jubileum.json | wie opent de middag | Bij ‘Opening door de dagvoorzitter’ (14:00–14:10)"
          + " spreekt Youssef El Amrani (dagvoorzitter; presentator, RTV Nieuwegein)."
,
      "tune32-kunstroute.json | is de opening van de kunstroute in de bibliotheek | Nee, ‘Opening van de"
          + " kunstroute’ (Jolanda Meijer en Fatima Ait Haddou, 10:30–10:45) is in Buurthuis De Wissel. In"
          + " Bibliotheek Holtenbroek, Hollandstraat 40: ‘Lezing: vijftig jaar Holtenbroek in verf’ (Gert-Jan"
          + " van der Wal, 14:00–14:45).",
      "tune32-kunstroute.json | welk atelier is het langst open | Het langst duurt ‘Open atelier:"
          + " fotografie van Kees de Graaf’. / ‘Open atelier: keramiek bij Samira El Idrissi’ (Samira El"
          + " Idrissi) duurt 135 minuten (2 uur en 15 minuten), van 10:45 tot 13:00. / ‘Open atelier:"
          + " schilderijen van Gert-Jan van der Wal’ (Gert-Jan van der Wal) duurt 165 minuten (2 uur en 45"
          + " minuten), van 10:45 tot 13:30. / ‘Open atelier: kunst van Atelier Kleurrijk’ (Joyce van 't Hof)"
          + " duurt 195 minuten (3 uur en 15 minuten), van 10:45 tot 14:00. / ‘Open atelier: fotografie van Kees"
          + " de Graaf’ (Kees de Graaf) duurt 300 minuten (5 uur), van 11:00 tot 16:00. / ‘Open atelier: textiel"
          + " en quilts bij Ria ten Hove’ (Ria ten Hove) duurt 210 minuten (3,5 uur), van 13:00 tot 16:30.",
      "tune32-voorspeelmiddag.json | met welke groepen treedt lotte vermeulen op | Op het programma: / •"
          + " ‘Optreden 1: Kinderkoor De Zangvogels’ (Lotte Vermeulen en Esther ten Cate), in Grote Zaal,"
          + " 13:40–14:00 / • ‘Optreden 8: Ukelele-kids’ (Lotte Vermeulen), in Kleine Zaal, 15:50–16:05",
      "tune32-voorspeelmiddag.json | hoeveel groepen treden er op in de kleine zaal | Er zijn 4"
          + " onderdelen: / • ‘Optreden 2: Gitaarklas Zes Snaren’ (Ruben van 't Hof), 13:50–14:05 / • ‘Optreden"
          + " 4: Woordenwerk, rap en spoken word’ (Youssef El Amrani), 14:15–14:30 / • ‘Optreden 6:"
          + " Pianoleerlingen’ (Esther ten Cate), 15:30–15:45 / • ‘Optreden 8: Ukelele-kids’ (Lotte Vermeulen),"
          + " 15:50–16:05",
      "tune32-voorspeelmiddag.json | waar treden de rappers op | ‘Optreden 4: Woordenwerk, rap en spoken"
          + " word’ (Youssef El Amrani) (14:15–14:30) is in Kleine Zaal.",
      "tune32-voorspeelmiddag.json | wanneer zijn de dansers | ‘Optreden 7: Dansgroep Urban Kids’ (Nadia"
          + " Ait Hamou) is van 15:35 tot 15:55, in Grote Zaal."
,
      "tune33-werkbezoek.json | is de lunch bij de voedselbank | Nee, de lunch in het buurtrestaurant"
          + " (12:50–13:30) is in Wijkcentrum De Riet – Buurtrestaurant. In Voedselbank Almelo: ‘Rondleiding bij"
          + " Voedselbank Almelo’ (Gerda Mulder en Hatice Yilmaz, 09:20–09:50) en ‘Gesprek met klanten van de"
          + " voedselbank’ (Marieke van der Wal, Youssef El Amrani en Gerda Mulder, 09:50–10:15).",
      "tune33-werkbezoek.json | welke onderdelen zijn er in wijkcentrum de riet | Op het programma: / •"
          + " ‘Kennismaking met Sociaal Wijkteam De Riet’ (Samira Ait Haddou), in Wijkcentrum De Riet –"
          + " Buurtkamer, 11:55–12:25 / • ‘Keukentafelgesprek met inwoners’ (Marieke van der Wal, Youssef El"
          + " Amrani en Samira Ait Haddou), in Wijkcentrum De Riet – spreekkamer 2, 12:25–12:50 / • de lunch in"
          + " het buurtrestaurant, in Wijkcentrum De Riet – Buurtrestaurant, 12:50–13:30"
,
      // a room whose name has the venue's word ("Kazernehal" at the Brandweerkazerne) is the room, with a time too
      "tune33-brandweer.json | wat gebeurt er in de kazernehal om 15:00 | Om 15:00: keuze uit ‘Infostand"
          + " rookmelders’ (Ingrid Hoekstra), in Kazernehal, ‘Infostand veilig wonen voor senioren’ (Fatima Ait"
          + " Haddou), in Kazernehal en ‘Infostand werving vrijwillige brandweer’ (Noor Bakker en Rick Jansen), in"
          + " Kazernehal, 10:00–16:00.",
      "tune33-werkbezoek.json | wat is er in de muziekstudio | Op het programma: ‘Gesprek met jongeren van"
          + " Jouw Plek’ (Marieke van der Wal, Youssef El Amrani en Dennis van 't Hul), in Jongerencentrum De"
          + " Loods – muziekstudio, 14:15–14:40.",
      "tune33-werkbezoek.json | wat is er in de buurtkamer | Op het programma: ‘Kennismaking met Sociaal"
          + " Wijkteam De Riet’ (Samira Ait Haddou), in Wijkcentrum De Riet – Buurtkamer, 11:55–12:25.",
      "tune33-alzheimercafe.json | wie is marloes tenhove | Marloes ten Hove is klinisch geriater,"
          + " geheugenpoli bij Gelre ziekenhuizen Apeldoorn. Op het programma: ‘Interview: thuis wonen met"
          + " dementie, zolang het kan’ (19:40–20:15).",
      "tune31-dialoog.json | wie is peter vanthof | Peter van 't Hof is opbouwwerker bij Stichting Welzijn"
          + " Culemborg. Op het programma: ‘Dialoogtafel Buurthuis: Praten over geldzorgen’ (14:00–16:00, als"
          + " tafelhost) en ‘Dialoogtafel Buurthuis: Praten over geldzorgen’ (19:00–21:00, als tafelhost)."
,
      "tune33-brandweer.json | wat is er allemaal op het oefenterrein | Op het programma: / • ‘Spuitcursus"
          + " voor kinderen’ (Kees van der Linden), in Oefenterrein, 10:00–16:00 / • ‘Demonstratie autobrand’"
          + " (Sanne de Wit), in Oefenterrein, 10:30–10:50, 12:15–12:35 en 14:30–14:50 / • ‘Demonstratie"
          + " beknelling: bevrijden uit een auto’ (Youssef El Amrani), in Oefenterrein, 11:00–11:30, 12:45–13:15"
          + " en 15:00–15:30 / • ‘Demonstratie vlam in de pan’ (Ingrid Hoekstra), in Oefenterrein, 11:45–12:00"
          + " en 14:00–14:15 / • ‘Afsluiting: defilé van de brandweervoertuigen’ (Bram van 't Hul), in"
          + " Oefenterrein, 15:45–16:00",
      "tune33-brandweer.json | wat komt er na de lezing van de commandant | Na ‘Van kazerne tot crisis:"
          + " lezing door de regionaal commandant’, van 13:45 tot 14:00: ‘Vragen aan de commandant’ (Erik-Jan"
          + " ten Hove en Bram van 't Hul)."
,
      "tune30-handhaving.json | wat is er direct na de scenario's van de middag | Na het blok 13:50–14:40:"
          + " ‘Terugblik op de scenario's met trainers en acteurs’ (Annemiek van Rooij, Bas van der Heijden,"
          + " Ingrid Smulders, Dennis ten Hove, Ruben Hartman, Marloes de Haan en Youssef Ait Bouzid), in"
          + " Auditorium, 14:40–15:00.",
      "tune31-dialoog.json | wat is er na de tafel in de moskee in de middag | Na ‘Dialoogtafel Moskee:"
          + " Geloven en samenleven in je straat’: de samen eten in de moskee, in Moskee Al Houda, 17:30–18:45."
,
      // the plural of a part's word ("panelgesprekken"), a compound of a title's word in the plural ("muziekoptredens")
      "tune16-talkshow.json | welke panelgesprekken zijn er | Op het programma: / • ‘Tafelronde 1: Thuis"
          + " oud worden, maar hoe?’ (Esther van der Meulen, Marco de Graaf, Ilse Brouwer en Henk ter Horst), in"
          + " Hoofdpodium, 13:40–14:15 / • ‘Tafelronde 2: Bouwen voor later’ (Esther van der Meulen, Ruben van"
          + " Dijk, Fatma Yilmaz en Pieter-Jan de Boer), in Hoofdpodium, 14:25–15:00 / • ‘Tafelronde 3: Wie"
          + " zorgt er straks?’ (Esther van der Meulen, Anouk Verhoef, Mohamed el Amrani en Gerdien van Wijk),"
          + " in Hoofdpodium, 16:15–16:50",
      "tune17-burgerberaad.json | in welke ruimte zijn de tafelgesprekken | ‘Tafelronde 1: Wat vindt u"
          + " belangrijk?’ (20:00–20:30) is in Gymzaal. / ‘Tafelronde 2: Zon, wind of besparen?’ (20:30–21:00)"
          + " is in Gymzaal.",
      // one talk from 11:45 to 12:30 starts in the morning, so it is not "'s middags"
      "tune51-schaapscheerdersfeest.json | is de lezing 's middags | Nee, in de middag niet: ‘Lezing: de heide"
          + " beheren met een kudde’ (Lotte van Gorkum) is van 11:45 tot 12:30, in Kapschuur.",
      // "voor de tenoren" is whom one of the series is for, not what comes before it
      "tune54-zangdag.json | wie geeft de stemrepetitie voor de tenoren | Bij ‘Stemrepetitie tenoren’ (10:15–11:30)"
          + " spreekt Joris Verbeek (dirigent, Kamerkoor Vox Zwolle).",
      // the briefing whose title holds the walk named, not the walk
      "tune54-wadlopen.json | wanneer is de briefing voor de familietocht | ‘Briefing Familie-wadtocht’ (Aaltje"
          + " Veenstra) is van 10:45 tot 11:05, in Grote zaal.",
      "tune27-festival.json | welke muziekoptredens zijn er | Op het programma: / • ‘Optreden: koor Zingen"
          + " Zonder Grenzen’ (Jeroen van Dijk), in Hoofdpodium, 12:15–12:45 / • ‘Optreden: Band Onbeperkt’, in"
          + " Hoofdpodium, 13:45–14:30"
,
      // a plural role is its people, though an organisation's name has the word too
      "tune18-informatieavond.json | welke architecten zijn er vanavond | Bij ‘Stand 1: Het nieuwe"
          + " Lindeplein’ (19:00–21:30) spreekt Noor El Amrani (landschapsarchitect, Bureau Buitenruimte). / Bij"
          + " ‘Stand 2: Het gebouw van Wijkcentrum De Linde’ (19:00–21:30) spreekt Pieter de Graaf (architect,"
          + " De Graaf & Visser Architecten)."
,
      // nothing else named: the place the noun names, not the organisation or the series of that word
      "tune31-dialoog.json | wat is er allemaal in de moskee | Op het programma: / • ‘Dialoogtafel Moskee:"
          + " Geloven en samenleven in je straat’ (Mustafa Ait Taleb), in Moskee Al Houda, 14:00–16:00 / • de"
          + " samen eten in de moskee, in Moskee Al Houda, 17:30–18:45 / • ‘Dialoogtafel Moskee: Geloven en"
          + " samenleven in je straat’ (Khadija El Idrissi), in Moskee Al Houda, 19:00–21:00",
      "tune31-dialoog.json | hoeveel onderdelen zijn er in de moskee | Er zijn 3 onderdelen: / •"
          + " ‘Dialoogtafel Moskee: Geloven en samenleven in je straat’ (Mustafa Ait Taleb), 14:00–16:00 / • de"
          + " samen eten in de moskee, 17:30–18:45 / • ‘Dialoogtafel Moskee: Geloven en samenleven in je straat’"
          + " (Khadija El Idrissi), 19:00–21:00"
,
      // a room's address from the address line of what is held there; a hall of the venue has the venue's
      "tune31-dialoog.json | wat is het adres van de moskee | Uit de beschrijving van ‘Dialoogtafel"
          + " Moskee: Geloven en samenleven in je straat’: Adres: Oostersingel 41, Culemborg.",
      "tune31-dialoog.json | waar zit Buurthuis De Schakel | ‘Dialoogtafel Buurthuis: Praten over"
          + " geldzorgen’ (Peter van 't Hof) (14:00–16:00) is in Buurthuis De Schakel. / ‘Dialoogtafel"
          + " Buurthuis: Praten over geldzorgen’ (Peter van 't Hof) (19:00–21:00) is in Buurthuis De Schakel. /"
          + " Uit de beschrijving van ‘Dialoogtafel Buurthuis: Praten over geldzorgen’: Adres: Goilberdingerweg"
          + " 30, Culemborg.",
      "tune30-gsport.json | wat is het adres van de sporthal | G-sportdag Deventer is in Sportcentrum De"
          + " Kuipe, Kuipersweg 40, Deventer."
,
      // a room that is the venue itself, with the venue's address
      "tune32-kunstroute.json | waar begint de kunstroute | ‘Opening van de kunstroute’ (Jolanda Meijer en"
          + " Fatima Ait Haddou) (10:30–10:45) is in Buurthuis De Wissel, Kalmoesplein 2, Zwolle.",
      // the rounds a quiz's titles number, beside one stretch of parallel sessions
      "tune46-quiz.json | hoeveel rondes zijn er | Er zijn 8 rondes: ‘Ronde 1: Algemene kennis’ (19:40–20:00), ‘Ronde 2:"
          + " Muziekronde’ (20:00–20:20), ‘Ronde 3: Fotoronde’ (20:35–20:55), ‘Ronde 4: Rond de wereld’ (20:55–21:15),"
          + " ‘Ronde 5: Sport’ (22:00–22:20), ‘Ronde 6: Film en tv’ (22:20–22:40), ‘Ronde 7: Onze wijk’ (22:55–23:15) en"
          + " ‘Ronde 8: Finale Alles of niets’ (23:15–23:35)."
})
  @DisplayName("the round, session, room, series or opening the question names")
  void periodAndRoom(String programme, String question, String expected) {
    // given the programme, asked at 11:10
    // when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
