package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on a market afternoon, a debate evening and a two-track afternoon: sessions the programme numbers
 * ("de tweede pitches", "in de eerste ronde" without parallel rounds), what runs between two of them, the line of a
 * market's list that has what is asked ("bij welke stand staat de voedselbank?"), the day's own summary ("is de
 * toegang gratis?"), a role as an activity ("wie geven er een inleiding?"), a role against a title with its word
 * ("hoeveel lijsttrekkers"), a group of roles ("de jury" for "jurylid" and "juryvoorzitter"), "partij" as an
 * organisation, "zaal1", what starts in a stretch, and yes/no on when something ends ("is het om tien uur
 * afgelopen?", "duurt het tot half 5?") and on who gives a named session, and groups of attendees ("waar moet groep
 * B om 11:15 zijn?", "wie begeleidt subgroep 1 bij module 6?"), practical matters a programme does not describe
 * ("hoeveel zitplaatsen heeft het theater?", "hoe laat gaat de zaal open?", but "hoe laat gaat de kennismarkt
 * open?" is the day's time), and a day at several places ("is de lunch bij Eemwerk?", where "stadhuis" is also a
 * word of a bus ride's title), "alleen 's middags", "de tweede keer X" and "de djembéworkshop". Line breaks " / ".
 */
@DisplayName("Replies on markets, debates and numbered sessions")
final class MarketAndDebateReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune12-kennismarkt.json | hoe laat zijn de tweede pitches | ‘Pitches ronde 2: als de rekening blijft liggen’"
          + " (Bram Kok, Naima Amrani en Gert-Jan Smit) is van 15:45 tot 16:15, in Podium.",
      "tune12-kennismarkt.json | wie pitchen er in de eerste ronde | Bij ‘Pitches ronde 1: hulp dichtbij’"
          + " (14:45–15:15) spreken Yvonne de Ridder (coördinator, SchuldHulpMaatje Amersfoort), Mehmet Yilmaz"
          + " (intermediair, Stichting Leergeld Eemland) en Petra van den Berg (voorlichter, Nibud).",
      "tune12-kennismarkt.json | wat is er tussen de twee pitchrondes | Tussen ‘Pitches ronde 1: hulp dichtbij’ en"
          + " ‘Pitches ronde 2: als de rekening blijft liggen’: ‘Kennismarkt: twaalf organisaties op één plek’, in"
          + " Atrium, 14:15–17:00.",
      "tune12-kennismarkt.json | bij welke stand staat de voedselbank | Bij ‘Kennismarkt: twaalf organisaties op één"
          + " plek’ (14:15–17:00, in Atrium): Stand 4: Voedselbank Amersfoort – wie komt in aanmerking voor een"
          + " voedselpakket",
      "tune12-kennismarkt.json | welke stand helpt met toeslagen | Bij ‘Kennismarkt: twaalf organisaties op één"
          + " plek’ (14:15–17:00, in Atrium): Stand 6: Belastingdienst/Toeslagen – toeslagen aanvragen, wijzigen en"
          + " terugbetalen",
      "tune12-kennismarkt.json | is de toegang gratis | Ja, uit de beschrijving van de dag: Toegang is gratis,"
          + " aanmelden is niet nodig.",
      "tune12-kennismarkt.json | waar wordt de kennismarkt gehouden | Kennismarkt Schulden en Armoede is in"
          + " Bibliotheek Eemland in het Eemhuis, Eemplein 75, Amersfoort.",
      "tune12-kennismarkt.json | voor wie is deze middag bedoeld | Kennismarkt Schulden en Armoede, georganiseerd"
          + " door gemeente Amersfoort en Netwerk Armoede & Schulden Eemland. Locatie: Bibliotheek Eemland in het"
          + " Eemhuis, Eemplein 75, Amersfoort. Het programma loopt van 14:00 tot 18:00. / Een middag voor"
          + " beroepskrachten, vrijwilligers en inwoners: maak kennis met twaalf organisaties die helpen bij"
          + " geldzorgen, hoor korte pitches op het podium en stel uw vragen aan experts. Toegang is gratis,"
          + " aanmelden is niet nodig.",
      "tune12-debat.json | wie geven er een inleiding | Bij ‘Debatblok 1: Wonen’ (19:40–20:20) spreekt Ilse Koster"
          + " (inleider; directeur, Woonpartners Midden-Holland). / Bij ‘Debatblok 2: Zorg’ (20:20–20:55) spreekt"
          + " Martijn van Leeuwen (inleider; wijkverpleegkundige, Thuiszorg Midden-Holland). / Bij ‘Debatblok 3:"
          + " Armoede’ (21:15–21:45) spreekt Ria Bakker (inleider; ervaringsdeskundige armoede, Platform Minima"
          + " Gouda).",
      "tune12-debat.json | hoeveel lijsttrekkers doen er mee | Daarbij staan 6 sprekers: Mirjam de Graaf, Youssef"
          + " Ouali, Hanneke van Dijk, Pieter-Jan Blom, Sevda Yildiz en Kees van der Wal.",
      "tune12-debat.json | van welke partij is Sevda Yildiz | Sevda Yildiz is lijsttrekker bij SP. Op het programma:"
          + " ‘Debatblok 1: Wonen’ (19:40–20:20, als panellid), ‘Debatblok 2: Zorg’ (20:20–20:55, als panellid),"
          + " ‘Debatblok 3: Armoede’ (21:15–21:45, als panellid) en ‘Publieksronde’ (21:45–22:00, als panellid).",
      "tune12-tracks.json | wat is er in zaal1 | Op het programma: / • ‘Participatiewet in balans: wat verandert er"
          + " voor de klantmanager?’ (Marloes Verhoef), in Zaal 1, 13:40–14:25 / • ‘Beschut werk: van indicatie naar"
          + " een duurzame plek’ (Henk van 't Hof), in Zaal 1, 14:35–15:20 / • ‘Werkgevers ontzorgen met"
          + " loonkostensubsidie en no-riskpolis’ (Rachid Benali), in Zaal 1, 15:45–16:30",
      "tune12-tracks.json | wat begint er tussen 14:00 en 15:00 | Tussen 14:00 en 15:00: keuze uit ‘Beschut werk:"
          + " van indicatie naar een duurzame plek’ (Henk van 't Hof), in Zaal 1 en ‘Geldzorgen en werk: schulden"
          + " als drempel bij re-integratie’ (Sandra Kuijpers), in Zaal 2, 14:35–15:20.",
      "tune8-mantelzorg.json | is het om tien uur afgelopen | Nee, het is al om 21:30 afgelopen; het programma loopt"
          + " van 18:30 tot 21:30.",
      "tune11-webinar.json | duurt het webinar tot half 5 | Nee, het programma loopt van 15:00 tot 16:15.",
      "tune12-kennismarkt.json | is de markt open tot 18:00 | Nee, ‘Kennismarkt: twaalf organisaties op één plek’ is"
          + " van 14:15 tot 17:00, in Atrium.",
      "tune12-debat.json | geeft Ria Bakker de inleiding bij wonen | Nee, bij ‘Debatblok 1: Wonen’ (19:40–20:20, in"
          + " Grote zaal) spreekt Ilse Koster (inleider); Ria Bakker staat bij ‘Debatblok 3: Armoede’ (21:15–21:45,"
          + " in Grote zaal).",
      "tune12-tracks.json | geeft Henk van 't Hof de workshop over jongeren | Nee, bij ‘Jongeren in beeld: van"
          + " uitkering naar opleiding of baan’ (15:45–16:30, in Zaal 2) spreken Fatima el Idrissi en Jeroen de"
          + " Bruijn; Henk van 't Hof staat bij ‘Beschut werk: van indicatie naar een duurzame plek’ (14:35–15:20,"
          + " in Zaal 1).",
      "tune7-opendag.json | wanneer is de lunch | Er is geen lunch: die staat niet in het programma. Wel: de soep en"
          + " broodjes (17:30–18:30).",
      "tune12-kennismarkt.json | waar kan ik terecht voor een laptop voor mijn kind | Bij ‘Kennismarkt: twaalf"
          + " organisaties op één plek’ (14:15–17:00, in Atrium): Stand 10: Stichting Leergeld Eemland –"
          + " schoolspullen, een fiets of laptop voor kinderen",
      "tune13-leergang.json | wie begeleidt subgroep 1 bij module 6 | Bij ‘Module 6: oefenen met casussen in"
          + " subgroepen’ (14:15–15:30, in Zaal Rijn, Zaal IJssel en Zaal Waal): Subgroep 1 in Zaal Rijn met Yasmina"
          + " Achahbar.",
      "tune13-excursie.json | waar moet groep B om 11:15 zijn | Om 11:15 voor groep B: ‘Rondleiding door de"
          + " werkplaatsen’ (Fatma Yilmaz), in Werkplaats, Eemwerk, 11:15–12:00.",
      "tune13-excursie.json | wat doet groep A na de rondleiding | Na ‘Rondleiding door de werkplaatsen’ voor groep"
          + " A: ‘In gesprek met medewerkers’ (Dennis van der Wal, Ronnie Bakker en Sevda Kaya), in Leslokaal,"
          + " Eemwerk, 11:15–12:00.",
      "tune13-festival.json | moet ik me aanmelden | Nee, uit de beschrijving van de dag: De toegang is gratis en"
          + " aanmelden is niet nodig.",
      "tune12-kennismarkt.json | is t gratis | Ja, uit de beschrijving van de dag: Toegang is gratis, aanmelden is"
          + " niet nodig.",
      "tune13-leergang.json | wat gebeurt er in Zaal IJssel | Op het programma: / • ‘Module 5: casus in subgroepen’"
          + " (Hanneke Postma, Jeroen de Boer en Esmée Vermeulen), in Zaal Rijn, Zaal IJssel en Zaal Waal,"
          + " 10:30–11:45 / • ‘Module 6: oefenen met casussen in subgroepen’ (Yasmina Achahbar, Jeroen de Boer,"
          + " Esmée Vermeulen en Pim ter Veer), in Zaal Rijn, Zaal IJssel en Zaal Waal, 14:15–15:30",
      "tune13-leergang.json | zit subgroep 2 in Zaal Waal | Nee, bij ‘Module 5: casus in subgroepen’ (10:30–11:45,"
          + " in Zaal Rijn, Zaal IJssel en Zaal Waal): Subgroep 2 (achternamen H t/m O) in Zaal IJssel met Jeroen de"
          + " Boer. / Bij ‘Module 6: oefenen met casussen in subgroepen’ (14:15–15:30, in Zaal Rijn, Zaal IJssel en"
          + " Zaal Waal): Subgroep 2 in Zaal IJssel met Jeroen de Boer.",
      "tune13-excursie.json | zit groep A om 10:30 in het leslokaal | Nee, om 10:30 voor groep A niet: ‘In gesprek"
          + " met medewerkers’ (Fatma Yilmaz, Ronnie Bakker en Sevda Kaya) is van 10:30 tot 11:15, in Leslokaal,"
          + " Eemwerk en ‘In gesprek met medewerkers’ (Dennis van der Wal, Ronnie Bakker en Sevda Kaya) is van 11:15"
          + " tot 12:00, in Leslokaal, Eemwerk.",
      "tune10-regiodag.json | wat is er na de praktijkroute in dezelfde zaal | Na ‘Praktijkroute: mbo-certificaten"
          + " op de werkvloer’ in dezelfde zaal: ‘Statushouders aan het werk’ (Anouk ter Beek), in Zaal Duin,"
          + " 12:30–13:30.",
      "tune7-opendag.json | wat moet ik meenemen naar grip op je post | Uit de beschrijving van ‘Workshop Grip op je"
          + " post’: Neem gerust een stapel ongeopende post mee; alles blijft vertrouwelijk.",
      "tune13-leergang.json | moet ik de reader meenemen | Ja, uit de beschrijving van ‘Module 5: Het minnelijk"
          + " traject en de Wsnp (theorie)’: Neem de reader van Module 5 mee (hoofdstuk 4 en 5).",
      "tune13-leergang.json | krijg ik een presentiebewijs | Ja, uit de beschrijving van ‘Evaluatie en afsluiting’:"
          + " Na het invullen krijg je je presentiebewijs voor de accreditatie.",
      "tune12-kennismarkt.json | is er kinderopvang tijdens de markt | Dat staat niet in het programma: over"
          + " ‘kinderopvang’ zegt het niets. Tijdens ‘Kennismarkt: twaalf organisaties op één plek’: / • ‘Pitches"
          + " ronde 1: hulp dichtbij’ (Yvonne de Ridder, Mehmet Yilmaz en Petra van den Berg), in Podium,"
          + " 14:45–15:15 / • ‘Pitches ronde 2: als de rekening blijft liggen’ (Bram Kok, Naima Amrani en Gert-Jan"
          + " Smit), in Podium, 15:45–16:15",
      "tune13-excursie.json | moet ik dichte schoenen aan voor de rondleiding | Ja, op het programma: / •"
          + " ‘Rondleiding door de werkplaatsen’ (Dennis van der Wal), in Werkplaats, Eemwerk, 10:30–11:15 / •"
          + " ‘Rondleiding door de werkplaatsen’ (Fatma Yilmaz), in Werkplaats, Eemwerk, 11:15–12:00 / Uit de"
          + " beschrijving van ‘Rondleiding door de werkplaatsen’: Draag dichte schoenen; veiligheidshesjes liggen"
          + " klaar bij de ingang van de werkplaats.",
      "tune13-festival.json | hoe lang duurt het optreden van de dichter | ‘Spoken word: Thuis is waar je buren"
          + " zijn’ (Youssef el Idrissi) duurt 15 minuten, van 15:00 tot 15:15.",
      "tune7-opendag.json | mag mijn dochter van 3 alleen in de kinderhoek blijven | Nee, uit de beschrijving van"
          + " ‘Kinderhoek: knutselen en schminken’: Terwijl u rondkijkt, kunnen kinderen van 4 tot 12 jaar knutselen"
          + " en zich laten schminken onder begeleiding van jongerenwerkers.",
      "tune13-festival.json | mag een kind van 6 meedoen met de Bollywood-workshop | Nee, uit de beschrijving van"
          + " ‘Bollywood-dansworkshop’: Voor iedereen vanaf 8 jaar.",
      "tune10-vrijwilligers.json | kan ik als 15-jarige iets doen bij IVN | Ja, uit de beschrijving van ‘Stand 8:"
          + " IVN Eemland’: Ook voor jongeren vanaf 14 jaar.",
      "tune7-opendag.json | voor welke leeftijd is de kinderhoek | Uit de beschrijving van ‘Kinderhoek: knutselen en"
          + " schminken’: Terwijl u rondkijkt, kunnen kinderen van 4 tot 12 jaar knutselen en zich laten schminken"
          + " onder begeleiding van jongerenwerkers.",
      "tune13-excursie.json | is de lunch bij Eemwerk | Ja, de lunch is van 12:00 tot 12:45, in Kantine,"
          + " Eemwerk.",
      "tune13-excursie.json | is de reflectie in het buurthuis | Nee, ‘Reflectie met de wethouder’ (Karim"
          + " el Amrani en Annelies van 't Hof, 14:30–15:15) is in Raadzaal, stadhuis. In buurthuis De Kruisboog:"
          + " ‘Werk en meedoen in de wijk’ (Annelies van 't Hof, Ingrid de Wit, Bas Verhoeven en Henk Jansen,"
          + " 13:05–14:05).",
      "tune13-excursie.json | wat doen we in buurthuis De Kruisboog | Op het programma: ‘Werk en meedoen"
          + " in de wijk’ (Annelies van 't Hof, Ingrid de Wit, Bas Verhoeven en Henk Jansen), in Buurtkamer,"
          + " buurthuis De Kruisboog, 13:05–14:05.",
      "tune13-excursie.json | hoe laat zijn we weer terug bij het stadhuis | De busrit terug naar het"
          + " stadhuis is van 14:05 tot 14:25.",
      "tune11-schuldhulp.json | werkt Thomas de Boer bij de gemeente Amsterdam | Nee, Thomas de Boer"
          + " (privacy officer, gemeente Utrecht).",
      "tune11-schuldhulp.json | werkt Thomas de Boer bij de gemeente Utrecht | Ja, Thomas de Boer (privacy"
          + " officer, gemeente Utrecht).",
      "tune11-schuldhulp.json | werkt Thomas de Boer bij Divosa | Nee, Thomas de Boer (privacy officer,"
          + " gemeente Utrecht).",
      "tune13-excursie.json | wat doen we 's ochtends in het stadhuis | In de ochtend: / • de ontvangst"
          + " met koffie en thee, in Foyer, stadhuis, 09:00–09:15 / • ‘Opening en inleiding: werk en participatie in"
          + " Amersfoort’ (Annelies van 't Hof en Noor Hendriks), in Raadzaal, stadhuis, 09:15–09:45",
      "tune13-excursie.json | wat is er allemaal bij Eemwerk | Op het programma: / • ‘Welkom bij Eemwerk’"
          + " (Marjolein ter Horst), in Kantine, Eemwerk, 10:05–10:30 / • keuze uit ‘Rondleiding door de"
          + " werkplaatsen’ (Dennis van der Wal), in Werkplaats, Eemwerk en ‘In gesprek met medewerkers’ (Fatma"
          + " Yilmaz, Ronnie Bakker en Sevda Kaya), in Leslokaal, Eemwerk, 10:30–11:15 / • keuze uit ‘Rondleiding"
          + " door de werkplaatsen’ (Fatma Yilmaz), in Werkplaats, Eemwerk en ‘In gesprek met medewerkers’ (Dennis"
          + " van der Wal, Ronnie Bakker en Sevda Kaya), in Leslokaal, Eemwerk, 11:15–12:00 / • de lunch, in"
          + " Kantine, Eemwerk, 12:00–12:45",
      "tune12-debat.json | hoeveel zitplaatsen heeft het theater | Hoeveel mensen er komen of mee kunnen doen, staat"
          + " niet in het programma.",
      "tune12-debat.json | hoe laat gaat de zaal open | Dat weet ik niet: het staat niet in het programma"
          + " van deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de napraten met de lijsttrekkers?’, ‘wie is"
          + " Annemarie de Boer?’ of ‘wat is er nu?’.",
      "tune12-kennismarkt.json | hoe laat gaat de kennismarkt open | Het programma loopt van 14:00 tot"
          + " 18:00. Wil je de tijd van een onderdeel weten? Noem het, of een spreker, bijvoorbeeld: ‘wanneer is"
          + " Opening?’",
      "tune4-raadsinformatie.json | wat is het adres van het stadhuis, ik kom met de fiets |"
          + " Raadsinformatieavond Omgevingsvisie Deventer 2040 is in Stadhuis Deventer, Grote Kerkhof 4, Deventer.",
      "tune13-festival.json | gaat het festival door als het regent | Wat er bij slecht weer gebeurt, staat niet in"
          + " het programma.",
      "tune7-hackathon.json | wie is de voorzitter van de jury | Bij ‘Pitches van de teams’ (15:45–16:30)"
          + " spreekt Wouter ter Beek (juryvoorzitter; directeur Maatschappelijke Ontwikkeling, gemeente Rotterdam)."
          + " / Bij ‘Prijsuitreiking’ (16:45–17:00) spreekt Wouter ter Beek (juryvoorzitter; directeur"
          + " Maatschappelijke Ontwikkeling, gemeente Rotterdam).",
      "tune7-hackathon.json | hoeveel juryleden zijn er | Daarbij staan 3 sprekers: Hans Kuijpers, Nadia"
          + " el Idrissi en Wouter ter Beek.",
      "tune7-hackathon.json | zit Hans Kuijpers in de jury | Ja, Hans Kuijpers (senior data-analist, UWV);"
          + " jurylid bij ‘Pitches van de teams’.",
      "tune7-hackathon.json | wie presenteert de pitches | Bij ‘Pitches van de teams’ (15:45–16:30)"
          + " spreekt Priya Ramdin (presentator; lector Data en Sociaal Domein, Hogeschool Rotterdam).",
      "tune7-hackathon.json | wie leidt de pitches | Bij ‘Pitches van de teams’ (15:45–16:30) spreken"
          + " Priya Ramdin (presentator; lector Data en Sociaal Domein, Hogeschool Rotterdam) en Wouter ter Beek"
          + " (juryvoorzitter; directeur Maatschappelijke Ontwikkeling, gemeente Rotterdam).",
      "tune10-regiodag.json | welke workshops zijn er alleen 's middags | In de middag: keuze uit"
          + " ‘Statushouders aan het werk’ (Anouk ter Beek), in Zaal Duin, ‘Jongeren zonder startkwalificatie in"
          + " beeld’ (Bas van Dijk, 45 minuten), in Zaal IJ en ‘Wonen en werk: de rol van de woningcorporatie’"
          + " (Lotte Janssen), in Grote Zaal, 12:30–13:30.",
      "tune10-regiodag.json | welke workshops zijn alleen in de eerste ronde | In de eerste ronde"
          + " (10:30–11:30): keuze uit ‘Praktijkroute: mbo-certificaten op de werkvloer’ (Thomas Vermeulen), in Zaal"
          + " Duin, ‘Werkgeversdienstverlening in de regio’ (Esther Bakker, 45 minuten), in Zaal IJ en ‘Armoede en"
          + " bestaanszekerheid: wat werkt?’ (Hanneke van der Veen), in Grote Zaal, 10:30–11:30.",
      "tune10-regiodag.json | wanneer is de tweede keer jobcoaching | ‘Van bijstand naar baan: de kracht"
          + " van jobcoaching’ (Mirjam de Boer en Karim el Idrissi) is van 12:30 tot 13:30, in Zaal Spaarne.",
      "tune13-festival.json | is het eten ook gratis | Nee, uit de beschrijving van de foodtrucks: Eten en"
          + " drinken zijn niet gratis; betalen kan alleen met pin.",
      "tune6-webinar.json | wordt er een video getoond | Ja, uit de beschrijving van ‘Praktijkvoorbeeld:"
          + " Vroeg Eropaf in Den Helder’: Met een korte video van een huisbezoek.",
      // ("uitgereikt" is the title's "uitreiking": that session, and its sentence)
      "tune9-jeugdzorg.json | wordt er een prijs uitgereikt | Ja, ‘Afsluiting en uitreiking posterprijs’ (Mirjam de"
          + " Groot) is van 16:00 tot 16:15, in Grote Zaal. / Uit de beschrijving van ‘Afsluiting en uitreiking"
          + " posterprijs’: De dagvoorzitter blikt terug op de dag en reikt de prijs uit voor de beste poster van de"
          + " postermarkt.",
      "tune6-symposium.json | geeft Priya Ramdin een lezing | Nee, dat staat niet in het programma. Wel:"
          + " ‘Deelsessie 1C: Werken met de Wijkmonitor’ (Priya Ramdin) is van 15:00 tot 15:45, in Lokaal D3.02,"
          + " ‘Wat maakt een wijk veerkrachtig?’ (Jeroen ter Horst) is van 13:10 tot 13:40, in Aula en"
          + " ‘Mantelzorgers onder druk’ (Fatima el Khadir) is van 13:40 tot 14:05, in Aula (en nog 1 meer).",
      "tune8-schuldhulp.json | is er om 15:40 een workshop | Nee, om 15:40 niet; dan: de pauze"
          + " (15:30–15:50). Het eerstvolgende: ‘Gesprekstechnieken bij schaamte en stress’ (Ilse de Boer) is van"
          + " 15:50 tot 16:40, in Koppelzaal.",
      "tune13-festival.json | wat is er in de Tent na de djembéworkshop | Na ‘Djembé voor iedereen’:"
          + " ‘Digitaal Café: hulp bij je telefoon en DigiD’ (Erik van den Berg), in Tent, 14:00–14:30.",
      "tune13-festival.json | hoe laat is de dansworkshop | ‘Bollywood-dansworkshop’ (Priya Ramdin) is van"
          + " 16:15 tot 16:45, in Tent.",
      "tune12-kennismarkt.json | pitcht Bram Kok in de eerste ronde | Nee, in ronde 1 niet: ‘Pitches ronde"
          + " 2: als de rekening blijft liggen’ (Bram Kok, Naima Amrani en Gert-Jan Smit) is van 15:45 tot 16:15, in"
          + " Podium.",
      "tune12-kennismarkt.json | heeft Het Juridisch Loket een stand | Ja, bij ‘Kennismarkt: twaalf"
          + " organisaties op één plek’ (14:15–17:00, in Atrium): Stand 5: Het Juridisch Loket – gratis juridisch"
          + " advies bij incasso en beslag",
      "tune12-kennismarkt.json | is er een stand van de Belastingdienst | Ja, bij ‘Kennismarkt: twaalf"
          + " organisaties op één plek’ (14:15–17:00, in Atrium): Stand 6: Belastingdienst/Toeslagen – toeslagen"
          + " aanvragen, wijzigen en terugbetalen",
      "tune13-festival.json | draait DJ Nassim voor de prijsuitreiking | Ja, ‘DJ Nassim: Samen Leven Mix’"
          + " (DJ Nassim) is van 17:30 tot 18:00, in Podium Noord.",
      "tune13-festival.json | is er een vegetarische foodtruck | Ja, de foodtrucks is van 12:00 tot 20:00,"
          + " in Foodplein. / Uit de beschrijving van de foodtrucks: Zes foodtrucks met eten uit de hele wereld:"
          + " Surinaams, Syrisch, Turks, Indonesisch, vegetarisch en een ijscokar.",
      "tune7-opendag.json | staat het UWV er ook | Ja, uit de beschrijving van ‘Informatiemarkt’: Met"
          + " stands van onder meer Humanitas Thuisadministratie, Voedselbank Veenendaal, woningcorporatie"
          + " Patrimonium, GGD regio Utrecht en het UWV.",
      "tune14-beweegdag.json | wie geven er les op hetzelfde moment als Ineke van der Veen | Bij ‘Walking"
          + " football’ (25 minuten, ergens tussen 10:30 en 11:00) spreekt Gerrit Hoogland (trainer walking"
          + " football, vv Veluwe Vooruit). / Bij ‘Valpreventie: stevig op je benen’ (25 minuten, ergens tussen"
          + " 10:30 en 11:00) spreekt Ellen Jansen (buurtsportcoach en trainer valpreventie, Sportservice"
          + " Barneveld). / Bij ‘Dansen op muziek van vroeger’ (25 minuten, ergens tussen 10:30 en 11:00) spreekt"
          + " Yvonne Bakker (dansdocent, Dansschool Bakker).",
      "tune14-beweegdag.json | mag je rennen bij walking football | Nee, uit de beschrijving van ‘Walking"
          + " football’: Voetbal in wandeltempo: rennen is niet toegestaan en de bal blijft onder heuphoogte.",
      "tune14-leernetwerk.json | wie zijn er op hetzelfde moment bezig als Sevda Yilmaz | Tijdens"
          + " ‘Break-outroom C: jobcarving, taken anders verdelen’: keuze uit ‘Break-outroom A: het eerste gesprek"
          + " met de werkgever’ (Marloes ten Brinke), in Break-outroom A en ‘Break-outroom B: psychische"
          + " kwetsbaarheid op de werkvloer’ (Hans Oude Lenferink), in Break-outroom B, 14:45–15:10.",
      "tune14-leernetwerk.json | word het opgenomen? | Nee, uit de beschrijving van de dag: De Teams-link"
          + " staat in de agenda-uitnodiging; de bijeenkomst wordt niet opgenomen.",
      "tune14-beweegdag.json | hoeveel organisaties staan er met een kraam | Bij ‘Informatiekramen’"
          + " (10:00–14:00, in Kantine) staan er 4: / • Seniorenraad Barneveld / • Welzijn Barneveld: het Sociaal"
          + " Team en de vrijwillige ouderenadviseurs / • GGD Gelderland-Midden: gratis bloeddruk meten / •"
          + " Bibliotheek Barneveld: hulp bij de smartphone en DigiD in het Digicafé",
      "tune14-beweegdag.json | welke kramen zijn er | Bij ‘Informatiekramen’ (10:00–14:00, in Kantine): /"
          + " • Seniorenraad Barneveld / • Welzijn Barneveld: het Sociaal Team en de vrijwillige ouderenadviseurs /"
          + " • GGD Gelderland-Midden: gratis bloeddruk meten / • Bibliotheek Barneveld: hulp bij de smartphone en"
          + " DigiD in het Digicafé",
      "tune14-beweegdag.json | zijn de kramen er de hele dag | Ja, ‘Informatiekramen’ is van 10:00 tot 14:00;"
          + " het programma loopt van 09:30 tot 14:00.",
      "tune14-beweegdag.json | kan ik bij de GGD mijn bloeddruk laten meten | Ja, uit de"
          + " beschrijving van ‘Informatiekramen’: GGD Gelderland-Midden: gratis bloeddruk meten",
      "tune15-beurs.json | welke lezingen zijn er in Theater 2 | Op het programma: / • ‘Positieve"
          + " gezondheid in het wijkteam’ (Lotte Vermeulen), in Theater 2, 10:30–11:00 / • ‘Valpreventie: in zes"
          + " weken steviger op de been’ (Sjoerd de Wit), in Theater 2, 11:15–11:45 / • ‘De keukentafel opnieuw: het"
          + " Wmo-gesprek anders’ (Sander Pieters), in Theater 2, 12:00–12:30 / • ‘Burn-out voorkomen bij jonge"
          + " zorgprofessionals’ (Esther Koster), in Theater 2, 13:30–14:00 / • ‘Slimme sensoren: domotica voor"
          + " thuiswonende ouderen’ (Jeroen Bakker), in Theater 2, 14:15–14:45 / • ‘Zichtbaar en veilig: zorg voor"
          + " lhbti+-ouderen’ (Willem van 't Veer), in Theater 2, 15:00–15:30 / • ‘Burn-out voorkomen bij jonge"
          + " zorgprofessionals’ (Esther Koster), in Theater 2, 15:45–16:15",
      "tune11-webinar.json | welke presentatie komt eerst | Op het programma: ‘Drie jaar Wet inburgering:"
          + " de stand van zaken’ (Hamid el Idrissi), 15:05–15:25.",
      "tune11-webinar.json | wat zit er tussen de twee presentaties | Tussen ‘Drie jaar Wet inburgering:"
          + " de stand van zaken’ en ‘Het PIP in de praktijk: samen met de inburgeraar plannen’: ‘Poll: waar loopt"
          + " uw gemeente tegenaan?’, 15:25–15:30.",
      "dated.json | welke presentaties zijn er na de pauze | Na de pauze: / • ‘Brieven op B1-niveau’ (Tom"
          + " El Haddad), 15:10–15:40 / • ‘Ouderen en de DigiD-app’ (Gerda van 't Veer), 15:40–16:15 / •"
          + " ‘Onderzoeksagenda en afsluiting’ (Kees van Ommen), 16:15–16:45",
      "tune21-webinar.json | welke webinars zijn er na de pauze | Na de pauze: / • ‘Webinar 3: Schulden bij"
          + " statushouders – signalen herkennen en doorverwijzen’ (Ruud van 't Hof en Samira Bouzid), in Plenaire"
          + " ruimte, 15:05–15:40 / • ‘Webinar 4: De Wet gemeentelijke schuldhulpverlening – wat moet uw gemeente"
          + " regelen?’ (Jeroen de Wit), in Plenaire ruimte, 15:40–16:25 / • ‘Webinar 5: Samen optrekken –"
          + " klantmanager inburgering en schuldhulpverlener’ (Bart van den Berg en Nadia El Khatib), in Plenaire"
          + " ruimte, 16:25–17:00",
      "tune15-rondetafel.json | hoe laat begint het rondetafelgesprek | Het programma begint om 10:00 met"
          + " ‘Opening door de voorzitter’ (Ellen van der Wal).",
      "tune15-rondetafel.json | hoe laat begint het tweede gespreksblok | ‘Blok 2: Werk moet lonen’ (Ellen"
          + " van der Wal, Thijs Kramer, Naima el Ouali, Gerrit-Jan Wolters en Linda Hermsen) is van 11:00 tot"
          + " 11:45, in Statenzaal.",
      "tune15-rondetafel.json | is het rondetafelgesprek in Nijmegen | Nee, Rondetafelgesprek"
          + " Participatiewet: van wantrouwen naar vertrouwen is in Huis der Provincie, Markt 11, Arnhem, niet in"
          + " Nijmegen.",
      "tune15-rondetafel.json | hoeveel gasten zitten er in blok 2 | Daarbij staan 4 sprekers: Thijs"
          + " Kramer, Naima el Ouali, Gerrit-Jan Wolters en Linda Hermsen.",
      "tune15-rondetafel.json | hoeveel sprekers zijn er in blok 2 | Daarbij staan 5 sprekers: Ellen van"
          + " der Wal, Thijs Kramer, Naima el Ouali, Gerrit-Jan Wolters en Linda Hermsen.",
      "tune7-hackathon.json | wanneer is het avondeten | ‘avondeten’ staat niet in het programma; daar kan"
          + " ik dus niets over zeggen.",
      "tune15-beurs.json | wanneer kan ik de lezing over domotica volgen | ‘Slimme sensoren: domotica voor"
          + " thuiswonende ouderen’ (Jeroen Bakker) is van 10:30 tot 11:00, in Theater 1. / ‘Slimme sensoren:"
          + " domotica voor thuiswonende ouderen’ (Jeroen Bakker) is van 14:15 tot 14:45, in Theater 2.",
      "tune15-beurs.json | wanneer is de herhaling van domotica | ‘Slimme sensoren: domotica voor"
          + " thuiswonende ouderen’ (Jeroen Bakker) is van 14:15 tot 14:45, in Theater 2. / Uit de beschrijving van"
          + " ‘Slimme sensoren: domotica voor thuiswonende ouderen’: Herhaling van de lezing van 10:30.",
      "tune15-hackathon.json | wat zijn de challenges | Bij ‘Kick-off: de vier challenges’ (09:30–10:15,"
          + " in Zaal Noord): / • Challenge 1 – Schone binnenstad: hoe voorkomen we overvolle afvalbakken en"
          + " zwerfafval op de grachten? (Henk Dijkstra, gemeente Leiden) / • Challenge 2 – Sneller naar schuldhulp:"
          + " hoe vinden inwoners met geldzorgen eerder de weg naar hulp? (Samira Bouzid, gemeente Leiden) / •"
          + " Challenge 3 – Leiden zonder drempels: hoe maken we toegankelijke routes voor rolstoelgebruikers"
          + " vindbaar? (Tom van der Velde, Platform Toegankelijk Leiden) / • Challenge 4 – Fietsparkeren bij Leiden"
          + " Centraal: hoe zien fietsers vooraf waar nog plek is? (Anke Mulder, ProRail)",
      "tune15-hackathon.json | is er een challenge over afval | Ja, ‘Kick-off: de vier challenges’ (Lisa"
          + " Hoekstra, Henk Dijkstra, Samira Bouzid, Tom van der Velde en Anke Mulder) is van 09:30 tot 10:15, in"
          + " Zaal Noord.",
      "tune7-hackathon.json | welke sessies gaan over privacy | Op het programma: / • de inloop met"
          + " koffie, in Atrium, 09:00–09:30 / • ‘Kick-off: de drie challenges’ (Priya Ramdin, Lotte Verhoeven,"
          + " Sander van der Ploeg en Emre Yilmaz), in Zaal Maas, 09:30–10:00 / • ‘Wat mag wél met data in het"
          + " sociaal domein?’ (Esther de Wit), in Zaal Maas, 10:00–10:30 / • ‘Teamwerk blok 1’, in Werkvloer,"
          + " 10:30–12:30 / • ‘Datakliniek: vraag het de experts’ (Esther de Wit en Hans Kuijpers), in Zaal Rotte,"
          + " 11:00–12:00 / • de lunch, in Atrium, 12:30–13:15 / • ‘Stand-up: tussenstand per team’ (Priya Ramdin),"
          + " in Zaal Maas, 13:15–13:30 / • ‘Teamwerk blok 2’, in Werkvloer, 13:30–15:30 / • … en nog 5 meer; vraag"
          + " ‘wat is het programma?’ voor alles.",
      "tune10-vrijwilligers.json | hoeveel mensen kunnen er per studio meedoen | Uit de beschrijving van"
          + " ‘Workshop: Vrijwilligers vinden en binden’: Maximaal 20 deelnemers per studio.",
      "tune10-vrijwilligers.json | hoeveel mensen worden er verwacht | Hoeveel mensen er komen of mee"
          + " kunnen doen, staat niet in het programma.",
      "tune14-beweegdag.json | hoeveel mensen worden er verwacht | Hoeveel mensen er komen of mee kunnen"
          + " doen, staat niet in het programma.",
      "tune14-leernetwerk.json | hoeveel leden heeft het leernetwerk | Dat weet ik niet: het staat niet in"
          + " het programma van deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de napraten voor wie wil?’, ‘wie"
          + " is Lotte Wijnberg?’ of ‘welke workshops zijn er?’.",
      "tune14-leernetwerk.json | is de Mentimeter aan het begin van de bijeenkomst | Nee,"
          + " ‘Mentimeter-peiling’ (Thijs van 't Zand) is van 15:20 tot 15:25; het programma loopt van 13:50 tot"
          + " 15:45.",
      "tune14-leernetwerk.json | is de peiling aan het eind | Ja, ‘Mentimeter-peiling’ (Thijs van 't Zand)"
          + " is van 15:20 tot 15:25; het programma loopt van 13:50 tot 15:45.",
      "tune14-leernetwerk.json | is de check-in aan het begin | Ja, ‘Welkom en check-in’ (Lotte Wijnberg)"
          + " is van 14:00 tot 14:10; het programma loopt van 13:50 tot 15:45.",
      "tune15-beurs.json | is de trekking aan het einde van de dag | Ja, ‘Trekking van de beursloterij’"
          + " (Marieke Verhoef) is van 16:30 tot 16:45; het programma loopt van 09:30 tot 17:00.",
      "tune15-beurs.json | is de opening aan het eind van de dag | Nee, ‘Officiële opening’ (Gerard"
          + " Hoogendoorn en Marieke Verhoef) is van 10:00 tot 10:15; het programma loopt van 09:30 tot 17:00.",
      "tune14-beweegdag.json | wat is er in de tribunezaal | Op het programma: ‘Lezing: sterk blijven na"
          + " je 55ste’ (Martijn van 't Hof), in Tribunezaal (1e verdieping), 11:45–12:15.",
      "tune7-hackathon.json | wat is er voor de lunch | Voor de lunch: ‘Teamwerk blok 1’, in Werkvloer,"
          + " 10:30–12:30.",
      "tune14-werkconferentie.json | wat komt er voor de borrel | Voor de borrel: ‘Afsluiting met spoken"
          + " word’ (Rosa Tielemans en Wim van Aalst), in Waalzaal, 15:50–16:15.",
      "tune15-hackathon.json | waar wordt Leiden Hackt gehouden | Leiden Hackt 2026 is in PLNT,"
          + " Langegracht 70, Leiden.",
      "tune15-rondetafel.json | in welke plaats is het | Rondetafelgesprek Participatiewet: van wantrouwen"
          + " naar vertrouwen is in Huis der Provincie, Markt 11, Arnhem.",
      "tune15-rondetafel.json | in welke stad is het rondetafelgesprek | Rondetafelgesprek"
          + " Participatiewet: van wantrouwen naar vertrouwen is in Huis der Provincie, Markt 11, Arnhem.",
      "tune15-rondetafel.json | wat is het adres van het provinciehuis | Rondetafelgesprek"
          + " Participatiewet: van wantrouwen naar vertrouwen is in Huis der Provincie, Markt 11, Arnhem.",
      "tune15-beurs.json | wat is het adres van de beurshal | Vakbeurs Zorg & Welzijn Midden-Nederland is"
          + " in Expo Houten, Meidoornkade 24, Houten.",
      "tune4-zorgcongres.json | in welke stad ligt congrescentrum het veerhuis | De plaats staat niet in"
          + " het programma. Zorg dichtbij: samen sterk in de wijk is in Congrescentrum Het Veerhuis.",
      // a small number before what it counts, beside details that are notes about the market
      "tune60-goochelfestival.json | hoeveel kramen staan er op de goochelmarkt | Uit de beschrijving van"
          + " ‘Goochelmarkt’: Markt met 9 kramen vol goochelspullen te koop: trucs, kaartspellen, toverstokken,"
          + " goochelboeken en tweedehands rekwisieten.",
      "tune15-beurs.json | hoeveel standhouders zijn er | Uit de beschrijving van ‘Beursvloer met"
          + " standhouders’: De hele dag kunt u in Hal 1 langs ruim 120 stands met hulpmiddelen, zorgtechnologie,"
          + " opleidingen, vacatures en advies.",
      "tune12-kennismarkt.json | hoeveel stands zijn er | Bij ‘Kennismarkt: twaalf organisaties op één"
          + " plek’ (14:15–17:00, in Atrium) staan er 12: / • Stand 1: Schuldhulpverlening gemeente Amersfoort –"
          + " aanmelden voor hulp bij schulden / • Stand 2: SchuldHulpMaatje Amersfoort – een getrainde vrijwilliger"
          + " die naast u staat / • Stand 3: Humanitas Thuisadministratie – hulp bij post, rekeningen en papieren /"
          + " • Stand 4: Voedselbank Amersfoort – wie komt in aanmerking voor een voedselpakket / • Stand 5: Het"
          + " Juridisch Loket – gratis juridisch advies bij incasso en beslag / • Stand 6: Belastingdienst/Toeslagen"
          + " – toeslagen aanvragen, wijzigen en terugbetalen / • Stand 7: UWV – vragen over WW, WIA en Wajong / •"
          + " Stand 8: Sociaal Wijkteam Amersfoort – één aanspreekpunt in uw wijk / • Stand 9: Nibud – geldtips,"
          + " rekentools en het maken van een budgetplan / • Stand 10: Stichting Leergeld Eemland – schoolspullen,"
          + " een fiets of laptop voor kinderen / • Stand 11: Jeugdfonds Sport & Cultuur – contributie voor sport,"
          + " muziek of dans / • Stand 12: Informatiepunt Digitale Overheid van de bibliotheek – hulp met DigiD en"
          + " online formulieren",
      "tune14-beweegdag.json | hoeveel sprekers en trainers staan er in het programma | Op het programma"
          + " staan 7 sprekers: Jolanda de Bruijn-Kok, Tom Verhoef, Ellen Jansen, Ineke van der Veen, Gerrit"
          + " Hoogland, Yvonne Bakker en Martijn van 't Hof.",
      "tune13-leergang.json | hoeveel trainers en sprekers zijn er vandaag | Op het programma staan 7"
          + " sprekers: Hanneke Postma, Sander van der Meulen, Jeroen de Boer, Esmée Vermeulen, Yasmina Achahbar,"
          + " Wieke van den Bosch en Pim ter Veer.",
      "tune15-beurs.json | wie geeft de ai lezing | Bij ‘AI in het zorgdossier: tijdwinst of risico?’"
          + " (15:45–16:15) spreekt Koen van der Zee (lector Zorginnovatie, Hogeschool Utrecht).",
      "tune15-beurs.json | wat is er na de AI-lezing | Na ‘AI in het zorgdossier: tijdwinst of risico?’,"
          + " van 16:30 tot 16:45: ‘Trekking van de beursloterij’ (Marieke Verhoef).",
      "tune15-beurs.json | wat loopt er gelijktijdig met de lezing over AI | Tijdens ‘AI in het"
          + " zorgdossier: tijdwinst of risico?’: / • ‘Beursvloer met standhouders’, in Hal 1, 09:30–17:00 / •"
          + " ‘Burn-out voorkomen bij jonge zorgprofessionals’ (Esther Koster), in Theater 2, 15:45–16:15",
      "tune15-beurs.json | is er een lezing over AI | Ja, ‘AI in het zorgdossier: tijdwinst of risico?’"
          + " (Koen van der Zee) is van 15:45 tot 16:15, in Theater 1.",
      "tune15-hackathon.json | wie is mentor voor ux | Bij ‘Spreekuur: UX en toegankelijkheid’"
          + " (15:00–16:00) spreekt Iris van Beek (UX-designer, Studio Toegankelijk).",
      "tune15-hackathon.json | wanneer is het ux spreekuur | ‘Spreekuur: UX en toegankelijkheid’ (Iris van"
          + " Beek) is van 15:00 tot 16:00, in Zaal Zuid.",
      "tune13-excursie.json | is er vega lunch | Ja, de lunch is van 12:00 tot 12:45, in Kantine, Eemwerk."
          + " / Uit de beschrijving van de lunch: Er is een vegetarische en een halal lunch; dieetwensen graag"
          + " vooraf doorgeven aan de griffie.",
      "tune14-leernetwerk.json | spreekt er iemand van Divosa | Nee, Divosa staat niet op het programma."
          + " Vraag ‘wie spreken er?’ voor alle sprekers.",
      "tune10-lunchlezing.json | wie van de politie spreekt er | De politie staat niet op het programma."
          + " Vraag ‘wie spreken er?’ voor alle sprekers.",
      "tune14-leernetwerk.json | gaat room A over psychische klachten | Nee, ‘Break-outroom A: het eerste"
          + " gesprek met de werkgever’ (Marloes ten Brinke) gaat daar niet over; daarover gaat ‘Break-outroom B:"
          + " psychische kwetsbaarheid op de werkvloer’ (Hans Oude Lenferink), 14:45–15:10, in Break-outroom B.",
      "tune14-leernetwerk.json | gaat room B over psychische klachten | Ja, ‘Break-outroom B: psychische"
          + " kwetsbaarheid op de werkvloer’ (Hans Oude Lenferink) is van 14:45 tot 15:10, in Break-outroom B.",
      "tune12-tracks.json | gaat de workshop in zaal 2 om 13:40 over beschut werk | Nee, ‘Samen in het"
          + " Werkcentrum: UWV en gemeenten aan één loket’ (Rachid Benali en Anouk ter Haar) gaat daar niet over;"
          + " daarover gaat ‘Beschut werk: van indicatie naar een duurzame plek’ (Henk van 't Hof), 14:35–15:20, in"
          + " Zaal 1.",
      "tune15-beurs.json | werkt Lotte Vermeulen bij Buurtzorg | Nee, Lotte Vermeulen"
          + " (wijkverpleegkundige, Zorggroep Lek en IJssel).",
      "tune15-hackathon.json | is er een scherm aan elke tafel | Ja, uit de beschrijving van ‘Hackblok 1’:"
          + " Elk team krijgt een eigen tafel met scherm in de Hal.",
      "tune15-hackathon.json | moet ik zelf eten meenemen | Nee, de lunch (12:30–13:15) en het diner"
          + " (17:30–18:15) staan op het programma. Uit de beschrijving van de dag: Deelname is gratis; ontbijt,"
          + " lunch en diner worden verzorgd.",
      // asked whether one may: the programme does not say, beside the meals
      "tune68-literatuurfestival.json | mag ik zelf eten meenemen | Of je zelf eten mag meenemen, staat "
          + "niet in het programma. Wel op het programma: de lunchpauze (12:15–13:30).",
      "tune26-wandelconferentie.json | mag ik mijn kinderen meenemen | Of je kinderen mag meenemen, staat "
          + "niet in het programma.",
      "tune15-rondetafel.json | is Sanne de Graaf de voorzitter | Nee, Sanne de Graaf (lector Sociale"
          + " Zekerheid, Hogeschool van Arnhem en Nijmegen (HAN)); rapporteur bij ‘Samenvatting door de rapporteur’;"
          + " voorzitter: Ellen van der Wal.",
      "tune14-werkconferentie.json | waar is de open space | ‘Open space: uitleg en agendamarkt’ (Mirte"
          + " Roelofs) (13:15–13:45) is in Rijnzaal. / ‘Open space ronde 1’ (Mirte Roelofs) (13:45–14:30) is in"
          + " Rijnzaal. / ‘Open space ronde 2’ (Mirte Roelofs) (14:45–15:30) is in Rijnzaal.",
      "tune9-schuldenwerk.json | wie presenteert er om tien over tien | Om 10:10: bij ‘Vroegsignalering:"
          + " schulden zien aan de balie van Werk en Inkomen’ (10:10–10:30) spreekt Erik van den Broek (klantmanager"
          + " Werk en Inkomen, gemeente Zwolle)."})
  @DisplayName("the reply is worked out from the programme")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("'daarna in diezelfde zaal' after a question about one session is the next one in its room")
  void sameRoomFollowUp() {
    // given a question about the panel, when
    String reply = replyOn("tune16-posters.json", "wanneer is het panel over de stem van jongeren",
        "en wat is daarna in diezelfde zaal");
    // then
    org.assertj.core.api.Assertions.assertThat(reply).isEqualTo("Na ‘Panel: de stem van jongeren’ in dezelfde zaal:"
        + " ‘Onderzoek doen met studenten in de praktijk’ (Marieke van 't Zand, Femke Bakker en Daan Kuijpers), in"
        + " Zaal Huygens, 14:45–15:45.");
  }
}
