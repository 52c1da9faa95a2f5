package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on a symposium with numbered posters and pitches, a talk show and an anniversary day: the parts a
 * session numbers in its details ("hoeveel posters zijn er?", "wie pitcht als eerste?"), people of an organisation
 * counted ("hoeveel mensen komen er van Cardea?"), groups named by colour in a carousel's details ("ik zit in groep
 * groen, waar moet ik om 16:30 heen?", "groep rood: wat hebben wij na de zangworkshop?") and a length a description
 * gives ("De video duurt tien minuten." in a block of fifteen), a speaker with an academic title named without it
 * ("na Marleen de Bruijn"), an organisation without its region ("het Platform Langer Thuis") and "het tweede optreden
 * van Sanne". Line breaks " / ".
 */
@DisplayName("Replies on a poster symposium, a talk show and an anniversary day")
final class SymposiumAndShowReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune16-posters.json | hoeveel posters zijn er | Bij ‘Postersessie met koffie’ (11:00–11:45, in"
          + " Foyer) staan er 10: / • Poster 1: Ouders als onderzoekspartner, Sophie Verhagen (Hogeschool Leiden) /"
          + " • Poster 2: Wachtlijsten in beeld: een jaar data uit vijf gemeenten, Jeroen van der Plas (gemeente"
          + " Leiden) / • Poster 3: Schooluitval voorkomen met een vaste contactpersoon, Esra Yıldız (Jeugdteams"
          + " Duin- en Bollenstreek) / • Poster 4: Online hulp voor jongeren met somberheid, Thijs van Os"
          + " (Nederlands Jeugdinstituut) / • Poster 5: Wat jongeren zelf belangrijk vinden in de hulp, Ayşe Kaya"
          + " (Jongerenraad Holland Rijnland) / • Poster 6: Vaders in beeld bij gezinsbegeleiding, Daan Kuijpers"
          + " (Universiteit Leiden) / • Poster 7: Samenwerking tussen huisarts en jeugdteam, Naima Azzouzi"
          + " (Jeugdteams Duin- en Bollenstreek) / • Poster 8: Gezinshuizen: wat maakt een plaatsing stabiel?, Ruud"
          + " de Lange (Cardea) / • Poster 9: Reflectie in de beroepspraktijk van studenten, Marieke van 't Zand"
          + " (Hogeschool Leiden) / • Poster 10: Mediawijsheid bij ouders van jonge kinderen, Femke Bakker"
          + " (Hogeschool Leiden)",
      "tune16-posters.json | wie pitcht als eerste | Als eerste bij ‘Pitchronde: vijf minuten voor je"
          + " onderzoek’ (11:45–12:30, in Aula): 1. Sophie Verhagen: een ouderpanel voor de hele regio",
      "tune16-posters.json | wie doet de laatste pitch | Als laatste bij ‘Pitchronde: vijf minuten voor je"
          + " onderzoek’ (11:45–12:30, in Aula): 6. Naima Azzouzi: een spreekuur van het jeugdteam bij de huisarts",
      "tune16-posters.json | wat is de laatste poster | Als laatste bij ‘Postersessie met koffie’"
          + " (11:00–11:45, in Foyer): Poster 10: Mediawijsheid bij ouders van jonge kinderen, Femke Bakker"
          + " (Hogeschool Leiden)",
      "tune16-posters.json | hoeveel posters zijn er van Hogeschool Leiden | Bij ‘Postersessie met koffie’"
          + " (11:00–11:45, in Foyer) staan er 3 van Hogeschool Leiden: / • Poster 1: Ouders als onderzoekspartner,"
          + " Sophie Verhagen (Hogeschool Leiden) / • Poster 9: Reflectie in de beroepspraktijk van studenten,"
          + " Marieke van 't Zand (Hogeschool Leiden) / • Poster 10: Mediawijsheid bij ouders van jonge kinderen,"
          + " Femke Bakker (Hogeschool Leiden)",
      "tune16-posters.json | hoeveel mensen komen er van Cardea | Van Cardea staan 2 sprekers: Ruud de"
          + " Lange en Linda Mulder.",
      "tune16-posters.json | welke posters zijn er van Cardea | Bij ‘Postersessie met koffie’"
          + " (11:00–11:45, in Foyer), van Cardea: / • Poster 8: Gezinshuizen: wat maakt een plaatsing stabiel?, Ruud"
          + " de Lange (Cardea)",
      "tune16-talkshow.json | hoeveel pitches zijn er | Bij ‘Pitchhoek: vier buurtinitiatieven’"
          + " (15:35–16:05, in Zijzaal) staan er 4: / • Pitch 1: Buurtbus Beekbergen, door Joost Hendriks / • Pitch"
          + " 2: Kangoeroewonen in Loenen, door Yara de Wit / • Pitch 3: DeurWacht, een slimme deurbel voor"
          + " mantelzorgers, door Kees van den Berg / • Pitch 4: Samen Koken in de Zevenhuizen, door Rukiye Demir",
      "tune12-kennismarkt.json | pitcht Bram Kok in de eerste ronde | Nee, in ronde 1 niet: ‘Pitches ronde"
          + " 2: als de rekening blijft liggen’ (Bram Kok, Naima Amrani en Gert-Jan Smit) is van 15:45 tot 16:15, in"
          + " Podium.",
      "tune15-beurs.json | hoeveel standhouders zijn er | Uit de beschrijving van ‘Beursvloer met"
          + " standhouders’: De hele dag kunt u in Hal 1 langs ruim 120 stands met hulpmiddelen, zorgtechnologie,"
          + " opleidingen, vacatures en advies.",
      "tune15-beurs.json | welke stand heeft vacatures | Bij ‘Beursvloer met standhouders’ (09:30–17:00,"
          + " in Hal 1): Stand 34: Zorggroep Lek en IJssel – vacatures en open sollicitatiegesprekken",
      "tune16-jubileum.json | ik zit in groep groen, waar moet ik om 16:30 heen | Om 16:30 voor groep"
          + " groen: ‘Toekomstlab: de wijk in 2051’ (Femke van 't Hof en Joyce Pinas), in Atelier, 16:30–17:10.",
      "tune16-jubileum.json | groep blauw hier, welke workshop hebben wij als eerste | Voor groep blauw:"
          + " ‘Toekomstlab: de wijk in 2051’ (Femke van 't Hof en Joyce Pinas), in Atelier, 15:45–16:25. / Uit de"
          + " beschrijving van ‘Toekomstlab: de wijk in 2051’: Workshopcarrousel ronde 1: groep blauw.",
      "tune16-jubileum.json | wanneer heeft groep rood de zangworkshop | ‘Zing mee: het jubileumlied’"
          + " (Ricardo Baptista) is van 16:30 tot 17:10, in Zeilzaal. / Uit de beschrijving van ‘Zing mee: het"
          + " jubileumlied’: Workshopcarrousel ronde 2: groep rood.",
      "tune16-jubileum.json | groep rood: wat hebben wij na de zangworkshop | Na ‘Zing mee: het"
          + " jubileumlied’ voor groep rood: ‘Toekomstlab: de wijk in 2051’ (Femke van 't Hof en Joyce Pinas), in"
          + " Atelier, 17:15–17:55.",
      "tune16-jubileum.json | is er een groep paars | Nee, groep paars staat niet in het programma.",
      "tune16-jubileum.json | hoe lang duurt de terugblikvideo | ‘Terugblikvideo: 25 jaar Wijkwerk"
          + " Zaanstreek’ (Jonas Kramer en Cor Visser) duurt 10 minuten (uit de beschrijving: De video duurt tien"
          + " minuten.) en valt tussen 15:00 en 15:15.",
      "tune16-jubileum.json | duurt de video een kwartier | Nee, van 15 minuten niet: ‘Terugblikvideo: 25"
          + " jaar Wijkwerk Zaanstreek’ (Jonas Kramer en Cor Visser) duurt 10 minuten (uit de beschrijving: De video"
          + " duurt tien minuten.) en is van 15:00 tot 15:15, in Grote Zaal.",
      "tune16-posters.json | wie spreekt er na Marleen de Bruijn | Bij ‘Keynote: Van onderzoek naar de"
          + " spreekkamer’ (10:20–11:00) spreekt Erwin Jansen (gedragswetenschapper, Jeugdteams Duin- en"
          + " Bollenstreek).",
      "tune16-talkshow.json | wie van het Platform Langer Thuis doen er mee | Bij ‘Opening en welkom’"
          + " (13:30–13:40) spreekt Marjolein Kamphuis (voorzitter, Platform Langer Thuis Gelderland). / Bij"
          + " ‘Pitchhoek: vier buurtinitiatieven’ (15:35–16:05) spreekt Bas Hofstede (gespreksleider;"
          + " programmamaker, Platform Langer Thuis Gelderland). / Bij ‘Afsluiting en uitreiking Aanmoedigingsprijs’"
          + " (16:50–17:00) spreekt Marjolein Kamphuis (voorzitter, Platform Langer Thuis Gelderland).",
      "tune16-talkshow.json | wie zijn er aan de beurt na het eerste optreden van Sanne Wolters | Bij"
          + " ‘Tafelronde 2: Bouwen voor later’ (14:25–15:00) spreken Esther van der Meulen (presentator, Omroep"
          + " Gelderland), Ruben van Dijk (directeur-bestuurder, Woonstichting Veluwse Poort), Fatma Yilmaz"
          + " (architect, Yilmaz & Kok Architecten) en Pieter-Jan de Boer (lector Wonen en Welzijn, Saxion"
          + " Hogeschool).",
      "tune16-talkshow.json | wat gaat er vooraf aan het tweede optreden van Sanne | Voor ‘Muzikaal"
          + " intermezzo: Sanne Wolters’ van 16:05: ‘Pitchhoek: vier buurtinitiatieven’ (Bas Hofstede, Joost"
          + " Hendriks, Yara de Wit, Kees van den Berg en Rukiye Demir), in Zijzaal, 15:35–16:05.",
      "tune10-vrijwilligers.json | welke pitch is er voor die van het Repair Café | Voor ‘Pitch: Repair"
          + " Café Soesterkwartier’: ‘Pitch: Taalmaatjes’ (Yasmina el Bakkali), in Theaterzaal, 18:30–18:40.",
      "tune15-rondetafel.json | komt er een schriftelijk verslag | Ja, ‘Samenvatting door de rapporteur’"
          + " (Sanne de Graaf) is van 12:45 tot 12:55, in Statenzaal. / Uit de beschrijving van ‘Samenvatting door"
          + " de rapporteur’: Haar schriftelijke verslag verschijnt binnen vier weken op de website van het netwerk.",
      "tune16-posters.json | is er een maximum aantal deelnemers bij de sessie over ouders als partner |"
          + " Ja, uit de beschrijving van ‘Ouders als partner in onderzoek’: Maximaal 25 deelnemers.",
      "tune14-werkconferentie.json | komen de verslagen na afloop online | Ja, uit de beschrijving van"
          + " ‘Oogst van de dag’: Alle verslagen komen na de conferentie op de website van het netwerk. / Uit de"
          + " beschrijving van ‘Open space ronde 1’: Elke gesprekshost maakt een kort verslag op een A4'tje.",
      "tune16-posters.json | wie heeft de posterprijs gewonnen | Dat weet ik niet: het staat niet in het"
          + " programma van deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de borrel?’, ‘wie spreekt over"
          + " Leiden?’ of ‘welke workshops zijn er?’.",
      "tune16-talkshow.json | wie wint de aanmoedigingsprijs | Dat weet ik niet: het staat niet in het"
          + " programma van deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de slotborrel?’, ‘wie spreekt over"
          + " Apeldoorn?’ of ‘wat is er nu?’.",
      "tune14-beweegdag.json | hoe laat gaat de sporthal dicht | Dat weet ik niet: het staat niet in het"
          + " programma van deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de lunch met soep?’, ‘wie spreekt"
          + " over Barneveld?’ of ‘welke workshops zijn er?’.",
      "tune12-kennismarkt.json | tot hoe laat is de bibliotheek zelf open | Dat weet ik niet: het staat"
          + " niet in het programma van deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is Opening?’, ‘wie spreekt"
          + " over Amersfoort?’ of ‘wat is er nu?’.",
      // switching groups is a practical matter no text speaks of: said so, not the sentence about the groups
      "tune16-jubileum.json | kan ik van groep wisselen | Dat weet ik niet: het staat niet in het programma van deze"
          + " dag. Je kunt bijvoorbeeld vragen: ‘wanneer is het jubileumfeest met dj kim van der horst?’, ‘wie spreekt"
          + " over Zaanstad?’ of ‘welke workshops zijn er?’.",
      "tune16-posters.json | wie maakt de winnaar van de posterprijs bekend | Bij ‘Uitreiking Posterprijs"
          + " en afsluiting’ (15:45–16:15) spreken Liesbeth van der Wal (dagvoorzitter; lector Jeugd en Gezin,"
          + " Hogeschool Leiden) en prof. dr. Marleen de Bruijn (hoogleraar Jeugdbeleid, Universiteit Leiden). / Uit"
          + " de beschrijving van ‘Uitreiking Posterprijs en afsluiting’: Marleen de Bruijn maakt als juryvoorzitter"
          + " de winnaar van de Posterprijs 2026 bekend; daarna volgt de publieksprijs en sluit de dagvoorzitter de"
          + " dag af.",
      "tune16-talkshow.json | wie zijn de tafelgasten van de laatste ronde | Bij ‘Tafelronde 3: Wie zorgt"
          + " er straks?’ (16:15–16:50) spreken Esther van der Meulen (presentator, Omroep Gelderland), Anouk"
          + " Verhoef (innovatiemanager zorgtechnologie, Wijkzorg Oost-Veluwe), Mohamed el Amrani (mantelzorger en"
          + " oprichter, Mantelzorgcafé Apeldoorn-Zuid) en Gerdien van Wijk (gedeputeerde Zorg en Welzijn, Provincie"
          + " Gelderland).",
      "tune16-talkshow.json | wat is de laatste ronde | ‘Tafelronde 3: Wie zorgt er straks?’ (Esther van"
          + " der Meulen, Anouk Verhoef, Mohamed el Amrani en Gerdien van Wijk), 16:15–16:50, in Hoofdpodium: Er"
          + " komen meer ouderen en minder zorgverleners. Wat kunnen zorgtechnologie, mantelzorgers en de provincie"
          + " doen? Met Anouk Verhoef, Mohamed el Amrani en gedeputeerde Gerdien van Wijk. / Aan bod komen: / •"
          + " Anouk Verhoef neemt een beeldzorgtablet en een medicijndispenser mee om te laten zien. / • Aan het"
          + " eind van elke tafelronde is er vijf minuten ruimte voor vragen uit de zaal.",
      "tune16-talkshow.json | hoeveel rondes zijn er eigenlijk | Er zijn 3 rondes: ‘Tafelronde 1: Thuis"
          + " oud worden, maar hoe?’ (13:40–14:15), ‘Tafelronde 2: Bouwen voor later’ (14:25–15:00) en ‘Tafelronde"
          + " 3: Wie zorgt er straks?’ (16:15–16:50).",
      "tune16-posters.json | wat is er in de laatste ronde | In de tweede ronde (14:45–15:45): keuze uit"
          + " ‘Gezinshuizen en stabiele plaatsingen’ (Ruud de Lange en Linda Mulder), in Zaal Boerhaave,"
          + " ‘Samenwerken met de huisarts’ (Naima Azzouzi en Esra Yıldız), in Zaal Snellius en ‘Onderzoek doen met"
          + " studenten in de praktijk’ (Marieke van 't Zand, Femke Bakker en Daan Kuijpers), in Zaal Huygens,"
          + " 14:45–15:45.",
      "tune16-posters.json | welke sessies zijn er in de eerste middagronde | In de middag en in de eerste"
          + " ronde (13:30–14:30): keuze uit ‘Ouders als partner in onderzoek’ (Sophie Verhagen en Marieke van 't"
          + " Zand), in Zaal Boerhaave, ‘Wachtlijsten en data: wat zeggen de cijfers?’ (Jeroen van der Plas en Koen"
          + " de Haas), in Zaal Snellius en ‘Panel: de stem van jongeren’ (Bram Schouten, Ayşe Kaya, Erwin Jansen en"
          + " Gijs Hoogendoorn), in Zaal Huygens, 13:30–14:30.",
      "tune16-posters.json | welke sessies zijn er in de laatste middagronde | In de middag en in de"
          + " tweede ronde (14:45–15:45): keuze uit ‘Gezinshuizen en stabiele plaatsingen’ (Ruud de Lange en Linda"
          + " Mulder), in Zaal Boerhaave, ‘Samenwerken met de huisarts’ (Naima Azzouzi en Esra Yıldız), in Zaal"
          + " Snellius en ‘Onderzoek doen met studenten in de praktijk’ (Marieke van 't Zand, Femke Bakker en Daan"
          + " Kuijpers), in Zaal Huygens, 14:45–15:45.",
      "tune15-beurs.json | wat is er na de lunch in Theater 1 | Na de lunchpauze: / • ‘Eenzaamheid onder"
          + " ouderen: wat werkt echt?’ (Ahmed Benali), in Theater 1, 13:30–14:00 / • ‘De mantelzorger als collega’"
          + " (Ria Smeets), in Theater 1, 14:15–14:45 / • ‘Valpreventie: in zes weken steviger op de been’ (Sjoerd"
          + " de Wit), in Theater 1, 15:00–15:30 / • ‘AI in het zorgdossier: tijdwinst of risico?’ (Koen van der"
          + " Zee), in Theater 1, 15:45–16:15 / • ‘Trekking van de beursloterij’ (Marieke Verhoef), in Theater 1,"
          + " 16:30–16:45",
      "tune15-beurs.json | wie is er na Ria Smeets in Theater 1 | Bij ‘Valpreventie: in zes weken steviger"
          + " op de been’ (15:00–15:30) spreekt Sjoerd de Wit (fysiotherapeut, Fysiotherapie Houten-Zuid).",
      "tune3-studiedag.json | wat is er in de aula na de workshop van de wijkagent | Na ‘Samenwerken met"
          + " de wijkagent’: ‘Ethische dilemma's in het wijkteam’ (Youssef El Khayari), in Aula, 11:30–12:30.",
      // after a break it is the rest of the day there
      "tune16-talkshow.json | wat gebeurt er op het hoofdpodium na de pauze | Na de pauze: / • ‘Muzikaal"
          + " intermezzo: Sanne Wolters’ (Sanne Wolters), in Hoofdpodium, 16:05–16:15 / • ‘Tafelronde 3: Wie"
          + " zorgt er straks?’ (Esther van der Meulen, Anouk Verhoef, Mohamed el Amrani en Gerdien van Wijk), in"
          + " Hoofdpodium, 16:15–16:50 / • ‘Afsluiting en uitreiking Aanmoedigingsprijs’ (Esther van der Meulen"
          + " en Marjolein Kamphuis), in Hoofdpodium, 16:50–17:00",
      "tune15-hackathon.json | wat is de laatste maaltijd en hoe laat | Het diner is van 17:30 tot 18:15,"
          + " in Hal.",
      "tune15-hackathon.json | welke maaltijden zijn er | Op het programma: / • de check-in en ontbijt, in"
          + " Hal, 08:30–09:15 / • de lunch, in Hal, 12:30–13:15 / • het diner, in Hal, 17:30–18:15",
      "tune16-jubileum.json | hoeveel maaltijden zijn er | Er is 1 maaltijd: / • het jubileumdiner (Ton"
          + " Zwart), 18:30–20:30",
      "tune4-zorgcongres.json | zijn er drie workshoprondes | Ja, op het programma: / • keuze uit"
          + " ‘Samenwerken met de huisarts’ (Joris Hendriks), in Maaszaal, ‘Eenzaamheid signaleren’ (Sanne de Groot,"
          + " 45 minuten), in Waalzaal en ‘Mantelzorgers ontlasten’ (Noor van Dijk), in IJsselzaal, 11:45–12:45 / •"
          + " keuze uit ‘Wijkgericht werken: lessen uit onderzoek’ (Annelies de Bruin, 45 minuten), in Maaszaal,"
          + " ‘Dementie en technologie’ (Kees van den Berg), in Waalzaal en ‘Leefstijlcoaching in de wijk’ (Mehmet"
          + " Yilmaz, 30 minuten), in IJsselzaal, 14:00–15:00 / • keuze uit ‘Samenwerken met de huisarts’ (Joris"
          + " Hendriks), in Maaszaal, ‘Van indicatie naar gesprek’ (Lotte Brouwer, 45 minuten), in Groene Kamer en"
          + " ‘Cultuursensitieve zorg’ (Yasmina El Idrissi), in Waalzaal, 15:15–16:15",
      "tune16-jubileum.json | duurt het feest tot middernacht | Nee, het jubileumfeest met DJ Kim van der"
          + " Horst is van 20:45 tot 23:30, in Grote Zaal.",
      "tune16-jubileum.json | spreekt Ton Zwart tijdens het diner | Ja, Ton Zwart staat bij het"
          + " jubileumdiner (18:30–20:30, in Restaurant De Kade).",
      "tune16-jubileum.json | spreekt Gijs van Beek tijdens het diner | Nee, bij het jubileumdiner"
          + " (18:30–20:30, in Restaurant De Kade) spreekt Ton Zwart; Gijs van Beek staat bij ‘Welkom door de"
          + " dagvoorzitter’ (14:30–14:40, in Grote Zaal).",
      "tune16-jubileum.json | waar wordt er gegeten | Het jubileumdiner (Ton Zwart) (18:30–20:30) is in"
          + " Restaurant De Kade.",
      "tune15-hackathon.json | waar wordt er gegeten | De check-in en ontbijt (08:30–09:15) is in Hal. /"
          + " De lunch (12:30–13:15) is in Hal. / Het diner (17:30–18:15) is in Hal.",
      "tune16-posters.json | is er maar één keynote | Nee, er zijn er 2: ‘Keynote: Wat werkt er echt in de"
          + " wijk?’ (prof. dr. Marleen de Bruijn) en ‘Keynote: Van onderzoek naar de spreekkamer’ (Erwin Jansen).",
      "tune16-posters.json | zijn er twee keynotes | Ja, er zijn er 2: ‘Keynote: Wat werkt er echt in de"
          + " wijk?’ (prof. dr. Marleen de Bruijn) en ‘Keynote: Van onderzoek naar de spreekkamer’ (Erwin Jansen).",
      // not said, but the sentence about the posters hanging is
      "tune16-posters.json | mag ik mijn poster na afloop laten hangen tot morgen | Dat staat niet letterlijk in het"
          + " programma, maar dit wel: / Uit de beschrijving van de lunch: De posters blijven tot het einde van de dag"
          + " in de Foyer hangen.",
      "tune16-jubileum.json | zijn er vier workshops | Nee, er zijn er 3: ‘Verhalenkeuken: buurtverhalen"
          + " vastleggen’ (Maaike Schaap), ‘Zing mee: het jubileumlied’ (Ricardo Baptista) en ‘Toekomstlab: de wijk"
          + " in 2051’ (Femke van 't Hof en Joyce Pinas).",
      "tune15-rondetafel.json | zijn er 2 pauzes | Nee, er is er 1: de korte pauze.",
      "tune15-beurs.json | mogen studenten ook komen | Nee, ‘studenten’ staat niet in het programma.",
      "tune16-jubileum.json | hoeveel gasten komen er | Hoeveel mensen er komen of mee kunnen doen, staat"
          + " niet in het programma.",
      "tune16-talkshow.json | hoeveel gasten komen er aan tafel | Op het programma staan 18 sprekers:"
          + " Esther van der Meulen, Marjolein Kamphuis, Bas Hofstede, Marco de Graaf, Ilse Brouwer, Henk ter Horst,"
          + " Sanne Wolters, Ruben van Dijk en nog 10 anderen.",
      "tune8-inwerkdag.json | heeft groep B de rondleiding ook om 10:50 | Nee, ‘Rondleiding door het"
          + " stadhuis (groep B)’ (Anouk Brink) is van 11:35 tot 12:20.",
      "tune8-inwerkdag.json | heeft groep A de rondleiding om 10:50 | Ja, ‘Rondleiding door het stadhuis"
          + " (groep A)’ (Henk Mulder) is van 10:50 tot 11:35. / Uit de beschrijving van ‘Rondleiding door het"
          + " stadhuis (groep A)’: Groep A: achternamen A t/m L.",
      "tune7-opendag.json | is de laatste grip op je post om 17:00 | Nee, ‘Workshop Grip op je post’ (Bas"
          + " van der Meer) is van 18:00 tot 18:30, in Lokaal De Linde.",
      "tune7-opendag.json | is de eerste grip op je post om 15:00 | Ja, ‘Workshop Grip op je post’ (Bas"
          + " van der Meer) is van 15:00 tot 15:30, in Lokaal De Linde.",
      "tune16-jubileum.json | heeft groep blauw om 16:30 de zangworkshop | Nee, ‘Zing mee: het"
          + " jubileumlied’ (Ricardo Baptista) is van 17:15 tot 17:55, in Zeilzaal.",
      "tune11-webinar.json | wie presenteert als laatste | Bij ‘Vragenronde’ (15:50–16:10) spreken Nicole"
          + " de Bruijn (gespreksleider; adviseur Inburgering, VNG), Hamid el Idrissi (beleidsadviseur inburgering,"
          + " gemeente Amersfoort) en Jolien van der Veen (projectleider, VluchtelingenWerk Nederland).",
      "tune3-webinar.json | hoe meld ik me aan | Dat weet ik niet: het staat niet in het programma van"
          + " deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is Welkom?’, ‘wie is Lisa van der Wal?’ of ‘wat is er"
          + " nu?’.",
      "tune15-rondetafel.json | hoe meld ik me aan | Dat weet ik niet: het staat niet in het programma van"
          + " deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de korte pauze?’, ‘wie spreekt over Zutphen?’ of"
          + " ‘wat is er nu?’.",
      "tune15-rondetafel.json | waar schrijf ik me in | Dat weet ik niet: het staat niet in het programma"
          + " van deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de korte pauze?’, ‘wie spreekt over Zutphen?’"
          + " of ‘wat is er nu?’.",
      "tune15-hackathon.json | adres van plnt? | Leiden Hackt 2026 is in PLNT, Langegracht 70, Leiden.",
      "tune16-posters.json | adres vd hogeschool? | Symposium Onderzoek & Praktijk in de Jeugdhulp is in"
          + " Hogeschool Leiden, Zernikedreef 11, 2333 CK Leiden.",
      "tune16-posters.json | wat is het adres van de hogeschool | Symposium Onderzoek & Praktijk in de"
          + " Jeugdhulp is in Hogeschool Leiden, Zernikedreef 11, 2333 CK Leiden.",
      "tune14-leernetwerk.json | hoe laat is de paus | De korte pauze is van 14:40 tot 14:45.",
      "tune15-rondetafel.json | welk blok is als eerste | In ronde 1: ‘Blok 1: Vertrouwen als"
          + " uitgangspunt’ (Ellen van der Wal, Marloes Brinkman, Peter van den Heuvel en Fenna Jansen), in"
          + " Statenzaal, 10:15–11:00.",
      "tune15-rondetafel.json | welk blok is als laatste | In de laatste ronde: ‘Blok 3: De regio aan zet"
          + " met werkgevers’ (Ellen van der Wal, Bart Schoenmakers, Yvonne de Boer en Arjen van 't Hek), in"
          + " Statenzaal, 12:00–12:45.",
      "tune16-posters.json | welke ronde is als eerste | In de eerste ronde (13:30–14:30): keuze uit"
          + " ‘Ouders als partner in onderzoek’ (Sophie Verhagen en Marieke van 't Zand), in Zaal Boerhaave,"
          + " ‘Wachtlijsten en data: wat zeggen de cijfers?’ (Jeroen van der Plas en Koen de Haas), in Zaal Snellius"
          + " en ‘Panel: de stem van jongeren’ (Bram Schouten, Ayşe Kaya, Erwin Jansen en Gijs Hoogendoorn), in Zaal"
          + " Huygens, 13:30–14:30.",
      "tune3-webinar.json | welke presentatie duurt langer | Het langst duurt ‘Wat werkt in de wijk?’. / "
          + "‘Hoe eenzaam zijn jongeren? De cijfers’ (Martijn Schouten) duurt 25 minuten, van 19:35 tot 20:00. / "
          + "‘Wat werkt in de wijk?’ (Soufiane El Hamdaoui en Merel de Ruiter) duurt 30 minuten, van 20:00 tot "
          + "20:30. / ‘Poll: wat ga jij doen?’ (Lisa van der Wal) duurt 10 minuten, van 20:30 tot 20:40.",
      "tune3-webinar.json | welke presentatie duurt korter | Het kortst duurt ‘Poll: wat ga jij doen?’. / "
          + "‘Hoe eenzaam zijn jongeren? De cijfers’ (Martijn Schouten) duurt 25 minuten, van 19:35 tot 20:00. / "
          + "‘Wat werkt in de wijk?’ (Soufiane El Hamdaoui en Merel de Ruiter) duurt 30 minuten, van 20:00 tot "
          + "20:30. / ‘Poll: wat ga jij doen?’ (Lisa van der Wal) duurt 10 minuten, van 20:30 tot 20:40.",
      "tune16-jubileum.json | hoe laat wordt de groepsfoto gemaakt | De jubileumborrel en groepsfoto is"
          + " van 18:00 tot 18:30, in Foyer. / Uit de beschrijving: Om 18:15 maakt fotograaf Anna de Ridder op de"
          + " trap aan de Zaan een groepsfoto met alle medewerkers en vrijwilligers.",
      "tune16-jubileum.json | wnneer is de groepsfoto | De jubileumborrel en groepsfoto is van 18:00 tot"
          + " 18:30, in Foyer. / Uit de beschrijving: Om 18:15 maakt fotograaf Anna de Ridder op de trap aan de Zaan"
          + " een groepsfoto met alle medewerkers en vrijwilligers.",
      "tune16-jubileum.json | wanneer is de borrel | De jubileumborrel en groepsfoto is van 18:00 tot"
          + " 18:30, in Foyer.",
      "tune16-jubileum.json | wat gebeurt er tijdens het diner | Tijdens het jubileumdiner staat er niets"
          + " anders op het programma. Het programma zegt erover: Een driegangendiner met Zaanse gerechten. Tussen"
          + " het hoofdgerecht en het dessert houdt Ton Zwart, voorzitter van de raad van toezicht, een tafelspeech.",
      "tune15-hackathon.json | is er bier bij het diner | Nee, dat staat niet in het programma: over"
          + " ‘bier’ zegt het niets. Het diner is van 17:30 tot 18:15, in Hal.",
      "tune15-hackathon.json | is er ook wifi | Ja, uit de beschrijving van ‘Hackblok 1’: Wifi, stroom en"
          + " een scherm per tafel zijn aanwezig; neem uw eigen laptop mee.",
      "tune16-jubileum.json | welke toespraken zijn er | Op het programma: / • ‘Toespraak directeur: 25"
          + " jaar dichtbij’ (Wilma van der Laan), in Grote Zaal, 14:40–15:00 / • ‘Toespraak wethouder’ (Samira"
          + " Bakkali), in Grote Zaal, 15:15–15:30"})
  @DisplayName("the reply is worked out from the programme")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
