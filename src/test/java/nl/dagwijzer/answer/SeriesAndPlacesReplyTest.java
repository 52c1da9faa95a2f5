package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where the words of a programme vary: "Belastingspreekuur" and "DigiD-spreekuur" are among "de
 * spreekuren" beside "Spreekuur Geldzorgen"; "in welke ruimte" and "welk lokaal" ask a room and name none; "het
 * stadhuis van Tiel" is "Stadhuis Tiel"; "Panelleden: Aya, Daan, ..." lists a panel by first names; "wat neem ik mee"
 * and "wat moet ik aantrekken voor X?" are no request for a personal programme; "wr" and "adress" are chat for "waar"
 * and "adres"; "het adres van de school" is the venue's; "voor" after "aan" or "genomineerden" means "for", not
 * "before"; "klaar" after a session is its end; "welke werkgevers", "hoeveel werkgevers" ask for the lines a session
 * lists; "de band" is the speaker whose role is "lokale band met covers"; "mentorrondes" is the series "Mentorronde
 * 1/2: ...", not a compound of the people's role "mentor" nor of the aliases "mentor X"; "de jury tijdens het beraad"
 * is the Juryberaad itself, not what runs beside it; "het park" of the venue "Rivierenpark" is where, so no sentence
 * that only mentions the park answers "is er wifi in het park?"; "het buurtfeest" of "Buurtfeest Rivierenwijk" and "de
 * beurs" of "Seniorenbeurs West Betuwe" are the day, not the session "Opening van het buurtfeest"; "hoi, wanneer ..."
 * is a question after a greeting.; "waar is de trainingsruimte?" adds the sentence that says where in the building it
 * is; the alias "postermarkt" of "Postermarkt ronde 1" names "Postermarkt ronde 2" too; "keynote over privacy" is the
 * alias "privacykeynote"; "welk standnummer heeft X?" is the line "Stand 55: X". Line breaks " / ".
 */
@DisplayName("Replies on compound series, room questions and listed people")
final class SeriesAndPlacesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune38-boekenbeurs.json | wat is er voor kinderen | Op het programma: / • ‘Kinderhoek’, in Kinderhoek,"
          + " 10:30–16:30 / • ‘Voorleesuurtje’ (Wendy Schouten), in Kinderhoek, 11:00–11:30 / • ‘Hoe maak je een"
          + " kinderboek?’ (Marieke van 't Veld en Hans de Groot), in Zaal Zuid, 11:30–12:15 / • ‘Tekenen met Hans de"
          + " Groot’ (Hans de Groot), in Kinderhoek, 13:30–14:30",
      "tune38-boekenbeurs.json | wat is er in de kinderhoek | Op het programma: / • ‘Kinderhoek’, in Kinderhoek,"
          + " 10:30–16:30 / • ‘Voorleesuurtje’ (Wendy Schouten), in Kinderhoek, 11:00–11:30 / • ‘Tekenen met Hans de"
          + " Groot’ (Hans de Groot), in Kinderhoek, 13:30–14:30",
      // an alias of the first of two numbered sessions that is the first word of both titles names both; "is er om
      // 12:30 nog ...?" asks whether one is still on then
      "tune26-posters.json | wanneer is de postermarkt | ‘Postermarkt ronde 1’ (Lotte de Wit) is van 11:45 tot"
          + " 12:20, in Atrium. / ‘Postermarkt ronde 2’ (Lotte de Wit) is van 12:25 tot 13:00, in Atrium.",
      "tune26-posters.json | is er om 12:30 nog postermarkt | Ja, ‘Postermarkt ronde 2’ (Lotte de Wit) is van"
          + " 12:25 tot 13:00, in Atrium.",
      // of many, the two nearest to the time asked, not the first three of the day
      "tune30-opening.json | is er om 17:00 nog een rondleiding | Nee, om 17:00 niet: ‘Rondleiding door het"
          + " gebouw’ (Samira Ait Lahcen) is van 16:00 tot 16:25, in Receptie en ‘Rondleiding door het gebouw’ (Lotte"
          + " de Haan) is van 16:30 tot 16:55, in Receptie.",
      // "X over Y" for the programme's compound "YX" ("privacykeynote")
      "tune7-hackathon.json | is er een keynote over privacy | Ja, ‘Wat mag wél met data in het sociaal domein?’"
          + " (Esther de Wit) is van 10:00 tot 10:30, in Zaal Maas.",
      // which numbered line has what is named: "Stand 55: MantelzorgNL", not the talk by someone of MantelzorgNL
      "tune15-beurs.json | welk standnummer heeft MantelzorgNL | Bij ‘Beursvloer met standhouders’ (09:30–17:00, in"
          + " Hal 1): Stand 55: MantelzorgNL – informatie voor mantelzorgers en hun werkgevers",
      // a track's explanation says what its sessions are about
      "tune34-congres-tracks.json | welke sessies gaan over digitale zorg | Op het programma: / • ‘Beeldbellen met de"
          + " wijkverpleging: lessen uit twee jaar’ (Thomas Brouwer), in Zaal Eik, 11:00–12:00 / • ‘Slimme sensoren in"
          + " huis: wat mag wel en wat niet?’ (Lisa Hermans en Thomas Brouwer), in Zaal Eik, 13:15–14:15 / • ‘Van"
          + " dossier naar dashboard: data voor het wijkteam’ (Ruud Meijer), in Zaal Eik, 14:35–15:35",
      "tune34-congres-tracks.json | hoort beeldbellen bij track oranje | Nee, ‘Beeldbellen met de wijkverpleging:"
          + " lessen uit twee jaar’ hoort bij Track Blauw.",
      // an organisation named alone: the sentence about it, beside where it is on the programme
      // a history: the sentence that says since when, without the session it is in
      "tune34-prijsuitreiking.json | sinds wanneer bestaat buurtmaatjes tiel | Uit de beschrijving van ‘Categorie"
          + " Zorg & Welzijn’: Stichting Buurtmaatjes Tiel koppelt 140 vrijwilligers aan ouderen die alleen wonen en"
          + " bestaat sinds 2016.",
      // what can be won: the descriptions' sentences about prizes
      "tune15-beurs.json | wat kun je winnen | Uit de beschrijving van ‘Trekking van de beursloterij’: Beursmanager"
          + " Marieke Verhoef trekt de winnaars uit alle ingeleverde stempelkaarten. / Uit de beschrijving van"
          + " ‘Trekking van de beursloterij’: Hoofdprijs: een elektrische fiets. Daarnaast vijf scholingsbonnen van €"
          + " 250.",
      "tune34-inloopspreekuur.json | wat kun je winnen met de enquête | Uit de beschrijving van ‘Afsluiting’: Vul de"
          + " korte enquête in bij de uitgang en maak kans op een boekenbon van 25 euro.",
      "tune28-raadsinformatie.json | hoe heet het gebouw | Raadsinformatieavond nieuw armoedebeleid is in Stadhuis"
          + " Deventer, Grote Kerkhof 4, Deventer.",
      "tune28-wijkverpleging.json | begint de eerste ronde om 10:00 | Nee, de eerste ronde begint om 10:30.",
      "tune29-taalcafe.json | begint de eerste ronde om 19:10 | Ja, de eerste ronde begint om 19:10.",
      "tune30-gsport.json | is de dansclinic buiten | Nee, buiten niet: ‘Clinic dans’ (Noor van 't Erve) is van"
          + " 10:00 tot 11:55, in Sporthal B (zaaldeel 2) en ‘Clinic dans’ (Noor van 't Erve) is van 13:30 tot 15:25, in"
          + " Sporthal B (zaaldeel 2).",
      "tune30-gsport.json | welke clinics zijn buiten | Buiten: / • ‘Clinic G-voetbal’ (Kevin de Graaf), in"
          + " Buitenveld, 10:00–11:55 / • ‘Clinic G-voetbal’ (Kevin de Graaf), in Buitenveld, 13:30–15:25",
      "tune29-taalcafe.json | hoe lang duurt een gespreksronde | Uit de beschrijving van ‘Welkom en uitleg van de"
          + " avond’: Er zijn drie rondes van 20 minuten aan tafels per niveau.",
      "tune29-taalcafe.json | adres van de bieb? | Taalcafé: Samen Nederlands praten is in Bibliotheek Eemland,"
          + " Eemhuis, Eemplein 77, Amersfoort.",
      "tune30-gsport.json | wat is het adres van de sporthal | G-sportdag Deventer is in Sportcentrum De Kuipe,"
          + " Kuipersweg 40, Deventer.",
      "tune25-reanimatie.json | is de cursus in het stadhuis | Nee, Reanimatie- en AED-avond voor"
          + " buurtvrijwilligers is in Wijkcentrum De Rivierenhof, Ceintuurbaan 18, Deventer, niet in Stadhuis.",
      "tune26-nascholing.json | is de nascholing in rotterdam | Ja, Armoede en gezondheid in de huisartsenpraktijk is"
          + " in WTC Rotterdam, Beursplein 37, Rotterdam.",
      "tune29-taalcafe.json | hoe laat begint ronde 3 | De derde ronde is van 20:00 tot 20:20: keuze uit ‘Ronde 3,"
          + " tafels A1: Vrije tijd’ (Anouk de Graaf), ‘Ronde 3, tafels A2: Naar school en werk’ (Samira Ait Bari) en"
          + " ‘Ronde 3, tafels B1: Werk en vrijwilligerswerk’ (Pieter van 't Hof).",
      "tune28-wijkverpleging.json | is wondzorg in ronde 3 ook in de eikenzaal | Nee, in de derde ronde (13:30–14:30)"
          + " is ‘Workshop B: Wondzorg volgens de nieuwe richtlijn’ (Fatima Ait Haddou) in Theaterzaal.",
      "tune28-wijkverpleging.json | eindigt de laatste ronde om 14:30 | Ja, de laatste ronde eindigt om 14:30.",
      "tune28-raadsinformatie.json | spreekt wethouder van den broek ook | Ja, op het programma: / • ‘Agendapunt 6:"
          + " Kansen voor ieder kind’ (Pieter van den Broek), in Raadzaal, 20:50–21:05 / • ‘Agendapunt 8: Vragenronde"
          + " voor raadsleden en inwoners’ (Annelies van der Wal, Fatima El Khatib en Pieter van den Broek), in"
          + " Raadzaal, 21:15–21:50 / Uit de beschrijving van ‘Agendapunt 6: Kansen voor ieder kind’: Wethouder Pieter"
          + " van den Broek vertelt wat de nota betekent voor kinderen en jongeren: het Kindpakket, een gratis"
          + " schoolontbijt en hulp bij schoolkosten. / Uit de beschrijving van ‘Agendapunt 8: Vragenronde voor"
          + " raadsleden en inwoners’: Raadsleden en inwoners stellen vragen over de nota aan wethouder El Khatib en"
          + " wethouder Van den Broek.",
      "tune13-excursie.json | waar staat buurthuis De Kruisboog | ‘Werk en meedoen in de wijk’ (Annelies van 't Hof,"
          + " Ingrid de Wit, Bas Verhoeven en Henk Jansen) (13:05–14:05) is in Buurtkamer, buurthuis De Kruisboog. /"
          + " Uit de beschrijving van de busrit naar buurthuis De Kruisboog: De Kruisboog staat aan de Kruisboogstraat"
          + " 5.",
      "tune27-festival.json | wat vertrekt er vanaf de informatiestand | Op het programma: / • ‘Loop mee met de"
          + " wethouder’ (Youssef El Amrani), in Informatiestand hoofdingang, 13:30–14:15 / • ‘Loop mee met de"
          + " wethouder’ (Youssef El Amrani), in Informatiestand hoofdingang, 16:00–16:45",
      "tune27-congresdiner.json | waar moet ik me registreren | De ontvangst en registratie (13:00–13:30) is in"
          + " Foyer (begane grond).",
      "tune27-festival.json | waar staat de stiltetent | De stiltetent (12:00–19:30) is in Stiltetent. / Uit de"
          + " beschrijving van de stiltetent: Een prikkelarme tent achter de kinderboerderij om even bij te komen:"
          + " gedimd licht, zitzakken en geen muziek.",
      "tune35-museumnacht.json | waar is de museumnacht | Museumnacht Zutphen 2025 is in Museum Het Gasthuis,"
          + " Gasthuissteeg 4, Zutphen.",
      "tune23-voedselbank.json | waar is de trainingsruimte | ‘Oefenen met het intakegesprek’ (Ahmed El"
          + " Khatib en Samira Ait Taleb) (15:40–16:25) is in Trainingsruimte. / ‘Privacy en respectvol omgaan"
          + " met klanten’ (Joyce de Graaf en Rachid Bouzian) (16:40–17:15) is in Trainingsruimte. / Uit de"
          + " beschrijving van ‘Oefenen met het intakegesprek’: De trainingsruimte is op de eerste verdieping,"
          + " boven de kantine.",
      // the sentence that says what to wear, not the whole description twice
      "tune23-seniorenbeurs.json | wat moet ik aantrekken voor de stoelgym | Uit de beschrijving van ‘Stoelgym:"
          + " demonstratie’: Draag makkelijk zittende kleding; omkleden is niet nodig.",
      "tune23-seniorenbeurs.json | hoe lang duurt de hele beurs | Het programma duurt 390 minuten (6,5 uur), van"
          + " 10:00 tot 16:30; de inloop met koffie en thee is vanaf 09:30.",
      "tune22-buurtfeest.json | wat is er voor kinderen te doen | Op het programma: / • ‘Springkussen, schminken"
          + " en knutselen’ (Naima Ait Brahim), in Kinderhoek, 12:00–16:00 / • ‘Vossenjacht door het park’ (Naima"
          + " Ait Brahim), in Kinderhoek, 14:00–15:00",
      "tune25-reanimatie.json | bij welk station begint groep blauw | Voor groep blauw: ‘Verslikking en stabiele"
          + " zijligging’ (Fenna de Wit), in Zaal De Eik, 19:40–20:05. / Uit de beschrijving van ‘Verslikking en"
          + " stabiele zijligging’: Ronde 1, station 3: groep Blauw oefent wat u doet als iemand zich verslikt"
          + " (laten hoesten, 5 keer op de rug slaan, 5 keer de heimlichmanoeuvre) en hoe u iemand die bewusteloos"
          + " is maar normaal ademt in de stabiele zijligging legt.",
      "tune25-reanimatie.json | wat is de laatste ronde voor de pauze | In de tweede ronde (20:05–20:30) voor de"
          + " pauze: keuze uit ‘Reanimatie op de pop’ (Samira El Amrani), in Grote zaal, ‘AED gebruiken’ (Bart van 't"
          + " Hek en Henk Brinkman), in Zaal De Linde en ‘Verslikking en stabiele zijligging’ (Fenna de Wit), in Zaal"
          + " De Eik, 20:05–20:30.",
      "tune25-netwerk.json | heeft de voedselbank een kraam op de marktplaats | Ja, bij ‘Marktplaats: vraag en"
          + " aanbod’ (14:45–15:45, in Ontmoetingsruimte): Kraam 1, Voedselbank West Betuwe. Biedt: noodpakketten"
          + " voor gezinnen die nog op een verwijzing wachten. Vraagt: chauffeurs met rijbewijs B voor de"
          + " zaterdagochtend.",
      "tune25-reanimatie.json | wat doet groep geel voor de pauze | Voor de pauze en voor groep geel: / • de inloop"
          + " met koffie en thee, in Foyer, 18:30–18:45 / • ‘Welkom door de wethouder’ (Ilse van der Meulen), in"
          + " Grote zaal, 18:45–18:55 / • ‘Theorie: herkennen, alarmeren en reanimeren’ (Ruud ten Hove en Gerda"
          + " Schuurman-Bos), in Grote zaal, 18:55–19:40 / • ‘AED gebruiken’ (Bart van 't Hek en Henk Brinkman), in"
          + " Zaal De Linde, 19:40–20:05 / • ‘Verslikking en stabiele zijligging’ (Fenna de Wit), in Zaal De Eik,"
          + " 20:05–20:30",
      "tune25-netwerk.json | wie staat er in kraam 8 | Bij ‘Marktplaats: vraag en aanbod’ (14:45–15:45, in"
          + " Ontmoetingsruimte): Kraam 8, Energiecoaches West Maas en Waal. Biedt: een gratis energiebox en een"
          + " huisbezoek. Vraagt: organisaties die huishoudens met een hoge energierekening willen aanmelden.",
      "tune24-jeugdhulp.json | wie staat er in kraam 2 | Bij ‘Informatiemarkt’ (12:15–13:15, in Expohal): Kraam 2:"
          + " Veilig Thuis Rivierenland",
      "tune25-netwerk.json | krijgen we de toezeggingen achteraf toegestuurd | Ja, ‘Slotronde: toezeggingen op de"
          + " muur’ (Ingrid van der Linden en Bart ten Hove) is van 16:30 tot 16:55, in Kerkzaal.",
      "tune25-netwerk.json | hoevel kramen zijn er | Bij ‘Marktplaats: vraag en aanbod’ (14:45–15:45, in"
          + " Ontmoetingsruimte) staan er 8: / • Kraam 1, Voedselbank West Betuwe. Biedt: noodpakketten voor gezinnen"
          + " die nog op een verwijzing wachten. Vraagt: chauffeurs met rijbewijs B voor de zaterdagochtend. / • Kraam"
          + " 2, Diaconie Protestantse Gemeente Tiel. Biedt: gratis zalen voor spreekuren en bijeenkomsten. Vraagt: een"
          + " schuldhulpverlener voor het inloopspreekuur op dinsdagochtend. / • Kraam 3, Stichting Leergeld"
          + " Rivierenland. Biedt: fietsen, laptops en zwemlessen voor kinderen uit gezinnen met een laag inkomen."
          + " Vraagt: scholen en sportclubs die kinderen doorverwijzen. / • Kraam 4, SchuldHulpMaatje Rivierenland."
          + " Biedt: getrainde vrijwilligers die thuis helpen met de administratie. Vraagt: doorverwijzingen van"
          + " huisartsen en wijkteams. / • Kraam 5, gemeente Tiel, team Inkomen. Biedt: uitleg over de bijzondere"
          + " bijstand en het Kindpakket. Vraagt: signalen van inwoners die geen toeslagen aanvragen. / • Kraam 6,"
          + " Kledingbank De Kapstok uit Zaltbommel. Biedt: winterjassen en schoenen voor volwassenen en kinderen."
          + " Vraagt: een opslagruimte van ongeveer 40 m². / • Kraam 7, PCI Culemborg (Parochiële Caritas Instelling)."
          + " Biedt: een noodfonds voor acute nood, tot 250 euro per huishouden. Vraagt: vrijwilligers die huisbezoeken"
          + " willen afleggen. / • Kraam 8, Energiecoaches West Maas en Waal. Biedt: een gratis energiebox en een"
          + " huisbezoek. Vraagt: organisaties die huishoudens met een hoge energierekening willen aanmelden. / Heeft u"
          + " zelf een vraag of aanbod? Schrijf die op een oranje kaart en hang die op het Vraag & Aanbod-bord bij de"
          + " ingang van de Ontmoetingsruimte. / Uit de beschrijving: Op de marktplaats staan acht organisaties met"
          + " een kraam.",
      "tune22-banenmarkt.json | wat is er tijdens de koffiepauze nog open | Tijdens de koffiepauze: / •"
          + " ‘Inloopspreekuur: vragen over uw uitkering’ (Petra Jansen en Youssef Bakkali), in Foyer, 13:00–16:30 /"
          + " • ‘Banenmarkt: in gesprek met werkgevers’, in Expohal, 13:20–16:30",
      "tune16-talkshow.json | wat zit er tussen de tweede en de derde tafelronde | Tussen ‘Tafelronde 2: Bouwen voor"
          + " later’ en ‘Tafelronde 3: Wie zorgt er straks?’: / • ‘Korte film: Mijn straat, mijn thuis’ (Lotte van der"
          + " Veen, 12 minuten), in Hoofdpodium, 15:00–15:15 / • de pauze, in Zijzaal, 15:15–15:35 / • ‘Pitchhoek: vier"
          + " buurtinitiatieven’ (Bas Hofstede, Joost Hendriks, Yara de Wit, Kees van den Berg en Rukiye Demir), in"
          + " Zijzaal, 15:35–16:05 / • ‘Muzikaal intermezzo: Sanne Wolters’ (Sanne Wolters), in Hoofdpodium, 16:05–16:15",
      "tune19-regio.json | wat is er na de pauze van 15:00 | Na de pauze: keuze uit ‘Verdiepingssessie A: Inkoop"
          + " jeugdhulp 2027, wat verandert er?’ (Pieter Bosman en Fatima El Khatib), in Trouwzaal en"
          + " ‘Verdiepingssessie B: Samen met het onderwijs, geen kind thuis’ (Rachid Bouzian en Sabine Hoekstra), in"
          + " Commissiekamer, 15:15–16:15.",
      "tune19-spreekuur.json | welke spreekuren zijn op de eerste verdieping | Op het programma: / • ‘Spreekuur"
          + " Geldzorgen’ (Anneke de Groot), in Spreekkamer 1, 13:00–14:15 / • ‘Spreekuur Het Juridisch Loket’"
          + " (Jeroen ten Hove), in Spreekkamer 2, 14:00–16:00 / • ‘Spreekuur Energiecoach’ (Bram van 't Hof), in"
          + " Spreekkamer 1, 14:30–16:30 / Uit de beschrijving van ‘Spreekuur Geldzorgen’: Spreekkamer 1 is op de"
          + " eerste verdieping; het gesprek is onder vier ogen. / Uit de beschrijving van ‘Spreekuur Het Juridisch"
          + " Loket’: Spreekkamer 2 is op de eerste verdieping, naast Spreekkamer 1.",
      "tune19-spreekuur.json | welke spreekuren zijn er in de spreekkamers | Op het programma: / • ‘Spreekuur"
          + " Geldzorgen’ (Anneke de Groot), in Spreekkamer 1, 13:00–14:15 / • ‘Spreekuur Het Juridisch Loket’"
          + " (Jeroen ten Hove), in Spreekkamer 2, 14:00–16:00 / • ‘Spreekuur Energiecoach’ (Bram van 't Hof), in"
          + " Spreekkamer 1, 14:30–16:30",
      "tune19-spreekuur.json | welke spreekuren zijn voor half 4 al afgelopen | Voor 15:30: / • ‘Spreekuur"
          + " Geldzorgen’ (Anneke de Groot), in Spreekkamer 1, 13:00–14:15 / • ‘Belastingspreekuur: hulp bij uw"
          + " aangifte’ (Gerrit van der Heijden), in Studiezaal, 13:00–15:00",
      "tune24-clientenraad.json | wat is het adres van de training | Trainingsdag Sterk in medezeggenschap is in"
          + " Conferentiecentrum Het Kloosterhof, Kloosterlaan 12, Arnhem.",
      "tune22-buurtfeest.json | waar wordt het buurtfeest gehouden | Buurtfeest Rivierenwijk is in"
          + " Rivierenpark, Lekstraat 1, Deventer.",
      "tune22-buurtfeest.json | hoi, wanneer zingt t koor | ‘Optreden Buurtkoor Rivierenklanken’ (Wim "
          + "Verbeek), in Podium: 12:30–13:00 en 14:30–15:00. / Uit de beschrijving van ‘Optreden Buurtkoor "
          + "Rivierenklanken’: Het buurtkoor Rivierenklanken zingt Nederlandse liedjes en liedjes uit de landen "
          + "waar de koorleden vandaan komen, onder leiding van dirigent Wim Verbeek. / Uit de beschrijving van "
          + "‘Optreden Buurtkoor Rivierenklanken’: Tweede optreden van het buurtkoor, dit keer een "
          + "meezingprogramma: het publiek krijgt songteksten uitgedeeld en zingt mee.",
      "tune22-buurtfeest.json | wat is het adres van het park | Buurtfeest Rivierenwijk is in Rivierenpark,"
          + " Lekstraat 1, Deventer.",
      "tune22-buurtfeest.json | is er wifi in het park | Dat weet ik niet: het staat niet in het programma van"
          + " deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de buurtbarbecue?’, ‘wie spreekt over Deventer?’ of"
          + " ‘welke workshops zijn er?’.",
      "tune21-hackathon.json | in welke zaal zit de jury tijdens het beraad | ‘Juryberaad’ (Annemieke de"
          + " Graaf, Hamza Bouzid en Marloes van den Berg) (16:45–17:15) is in Koppelpoortzaal.",
      "tune21-hackathon.json | welke mentorrondes zijn er s middags | In de middag: keuze uit ‘Mentorronde"
          + " 2: Gebruikersonderzoek’ (Sanne de Wit), in Eemzaal, ‘Mentorronde 2: Techniek en Common Ground’"
          + " (Lieke van 't Hof), in Flintzaal en ‘Mentorronde 2: Pitchcoaching’ (Daan Vermeulen), in"
          + " Koppelpoortzaal, 14:00–15:00.",
      "tune21-hackathon.json | wanneer heeft sanne de wit haar mentorrondes | ‘Mentorronde 1:"
          + " Gebruikersonderzoek’ (Sanne de Wit) is van 11:00 tot 12:00, in Eemzaal. / ‘Mentorronde 2:"
          + " Gebruikersonderzoek’ (Sanne de Wit) is van 14:00 tot 15:00, in Eemzaal.",
      "tune19-spreekuur.json | welke spreekuren zijn er om kwart over 1 | Om 13:15: / • ‘Spreekuur"
          + " Geldzorgen’ (Anneke de Groot), in Spreekkamer 1, 13:00–14:15 / • ‘Belastingspreekuur: hulp bij uw"
          + " aangifte’ (Gerrit van der Heijden), in Studiezaal, 13:00–15:00",
      "tune19-spreekuur.json | hoeveel spreekuren zijn er in de studiezaal | Er zijn 2 spreekuren: / •"
          + " ‘Belastingspreekuur: hulp bij uw aangifte’ (Gerrit van der Heijden), 13:00–15:00 / •"
          + " ‘Toeslagenspreekuur’ (Youssef Ait Haddou), 15:00–16:30",
      "tune19-regio.json | in welke ruimte vergaderen de wethouders 's ochtends | ‘Besloten bestuurlijk"
          + " overleg Jeugd’ (Gerrit-Jan van der Linden, Marloes de Wit-Verhoeven, Fatima El Khatib en Hendrik"
          + " ten Brinke) (09:30–12:00) is in Collegekamer.",
      "tune19-studiedag.json | ff checken welk lokaal thuiszitters is | ‘Thuiszitters: samen terug naar"
          + " school’ (Bram van den Heuvel) (10:30–11:45) is in lokaal 1.14. / ‘Thuiszitters: samen terug naar"
          + " school’ (Bram van den Heuvel) (12:45–14:00) is in lokaal 1.14.",
      "tune19-regio.json | is de regiodag in het stadhuis van tiel | Ja, Regiodag Jeugd Rivierenland is in"
          + " Stadhuis Tiel, Ambtmanstraat 13, Tiel.",
      "tune19-studiedag.json | wie zitten er in het leerlingenpanel | Bij ‘Leerlingenpanel: wat hebben wij"
          + " nodig?’ (14:15–15:20) spreekt Youssef Ait Haddou (moderator; jongerenwerker, Stichting Welzijn"
          + " Tiel). / Uit de beschrijving: / • Panelleden: Aya (4 vmbo-kader, Lingecollege), Daan (5 havo,"
          + " Waalcollege), Iris (6 vwo, Waalcollege) en Mohamed (3 vmbo-basis, Lingecollege).",
      "tune19-spreekuur.json | wat neem ik mee naar de energiecoach | ‘Spreekuur Energiecoach’ (Bram van"
          + " 't Hof), 14:30–16:30, in Spreekkamer 1: Energiecoach Bram van 't Hof bekijkt samen met u uw"
          + " energierekening en geeft tips om energie en geld te besparen. / Aan bod komen: / • Neem uw laatste"
          + " jaarafrekening van gas en stroom mee, of zet die op uw telefoon. / • U kunt zich hier aanmelden"
          + " voor een huisbezoek van een energiecoach, met een pakket ledlampen en tochtstrips. / • Van 15:30"
          + " tot 16:00 is Bram van 't Hof bij de lezing over de energietoeslag; het spreekuur gaat daarna"
          + " verder. /  / ‘Energietoeslag en hulp bij hoge energiekosten’ (Fatima Bouzid en Bram van 't Hof),"
          + " 15:30–16:00, in Verhalenzaal: Fatima Bouzid van de gemeente Arnhem vertelt wie recht heeft op de"
          + " energietoeslag en hoe u die aanvraagt. Energiecoach Bram van 't Hof geeft daarna vijf tips om"
          + " meteen te besparen. / Aan bod komen: / • De energietoeslag is voor huishoudens met een inkomen tot"
          + " 130% van het sociaal minimum. / • Aanvragen kan tot en met 30 juni 2025, via de website van de"
          + " gemeente Arnhem of met een papieren formulier. / • Het papieren aanvraagformulier krijgt u bij de"
          + " lezing mee.",
      "tune19-spreekuur.json | hoeveel geld is de energietoeslag precies | Dat bedrag staat niet in het"
          + " programma. Wel dit: / Uit de beschrijving van ‘Spreekuur Energiecoach’: Energiecoach Bram van 't"
          + " Hof bekijkt samen met u uw energierekening en geeft tips om energie en geld te besparen.",
      "tune19-spreekuur.json | welk spreekuur duurt het langst | Op het programma: ‘DigiD-spreekuur’"
          + " (Samira El Khatib en Wim de Jong), 180 minuten (3 uur), in Informatiepunt bij de ingang,"
          + " 13:30–16:30.",
      "tune19-spreekuur.json | wie kan me om 13:15 helpen | Bij ‘Spreekuur Geldzorgen’ (13:00–14:15)"
          + " spreekt Anneke de Groot (vrijwilliger, SchuldHulpMaatje Arnhem). / Bij ‘Belastingspreekuur: hulp"
          + " bij uw aangifte’ (13:00–15:00) spreekt Gerrit van der Heijden (vrijwillig belastinginvuller,"
          + " KBO-PCOB Arnhem).",
      "tune19-spreekuur.json | hoeveel lezingen zijn er vanmiddag | Er zijn 2 lezingen: / • ‘Trap er niet"
          + " in! Herken nepberichten en phishing’ (Priya Ramdin en Lotte Scholten), 14:00–14:30 / •"
          + " ‘Energietoeslag en hulp bij hoge energiekosten’ (Fatima Bouzid en Bram van 't Hof), 15:30–16:00",
      "tune19-regio.json | wr is sessie b | ‘Verdiepingssessie B: Samen met het onderwijs, geen kind"
          + " thuis’ (Rachid Bouzian en Sabine Hoekstra) (15:15–16:15) is in Commissiekamer.",
      "tune18-informatieavond.json | welk adress | Informatieavond Lindeplein en Wijkcentrum De Linde is"
          + " in Buurthuis De Schakel, Lindeplein 2, Amersfoort.",
      "tune19-studiedag.json | wat is het adres van de school | Studiedag Samen om het kind is in"
          + " Waalcollege, Hoveniersweg 30, Tiel.",
      "tune18-awards.json | wie zijn de genomineerden voor jong en kansrijk | Bij ‘Categorie Jong &"
          + " Kansrijk: pitches van de genomineerden’ (21:20–21:50) spreken Ilse van der Veen (presentator van"
          + " de avond, Van der Veen Presentaties), Karim El Idrissi (juryvoorzitter; directeur, Stichting"
          + " Wijkkracht Twente) en Hanneke Kamphuis (jurylid; beleidsadviseur Jeugd, gemeente Hengelo). / Uit"
          + " de beschrijving: / • De Huiswerkbus, een omgebouwde bus die huiswerkbegeleiding naar de kleine"
          + " kernen brengt in Raalte (Jongerenwerk Salland); pitch door Esra Yilmaz en Daan Hulsbosch. / •"
          + " Mentor op Maat, vrijwillige mentoren voor jongeren die dreigen uit te vallen op school in"
          + " Oldenzaal (Stichting Mentorwerk Oldenzaal); pitch door Kees van Dijk. / • Jongerenraad"
          + " Rijssen-Holten, jongeren die de gemeenteraad adviseren over jeugdbeleid (gemeente Rijssen-Holten);"
          + " pitch door Jesse ten Dam (17 jaar). / • Volgorde van de pitches: De Huiswerkbus, Mentor op Maat,"
          + " Jongerenraad Rijssen-Holten. / Uit de beschrijving van ‘Categorie Jong & Kansrijk: pitches van de"
          + " genomineerden’: De drie genomineerden in de categorie Jong & Kansrijk pitchen hun initiatief.",
      "tune19-studiedag.json | wat trek ik aan voor de workshop bewegen en ademhaling | Uit de beschrijving van"
          + " ‘Rust in de klas: bewegen en ademhaling’: Draag makkelijke kleding; omkleden is niet nodig.",
      "tune16-talkshow.json | is de afsluiting om vijf uur klaar | Ja, ‘Afsluiting en uitreiking"
          + " Aanmoedigingsprijs’ (Esther van der Meulen en Marjolein Kamphuis) is van 16:50 tot 17:00, in"
          + " Hoofdpodium.",
      "tune20-loopbaandag.json | welke werkgevers komen er naar het speeddate-uur | Bij ‘Speeddate-uur met"
          + " werkgevers’ (12:25–13:25, in Sporthal): / • Stand 1: Zorggroep IJsselland (ouderenzorg en"
          + " verpleeghuizen) / • Stand 2: Thuiszorg De Schakel (wijkverpleging); hier staat ook Naima El"
          + " Idrissi / • Stand 3: Streekziekenhuis De Hanze / • Stand 4: Kinderopvang Het Zonnetje / • Stand 5:"
          + " Welzijnsorganisatie Samen Sterk (welzijnswerk en buurtcoaches) / • Stand 6: De Kade, zorg voor"
          + " mensen met een beperking / • Stand 7: Jeugdhulp Oost / • Stand 8: gemeente Deventer, sociale"
          + " wijkteams / Neem drie geprinte exemplaren van je cv mee. Bij elke speeddate krijg je een stempel"
          + " op je loopbaankaart.",
      "tune20-loopbaandag.json | hoeveel werkgevers doen er mee aan het speeddaten | Bij ‘Speeddate-uur"
          + " met werkgevers’ (12:25–13:25, in Sporthal) staan er 8: / • Stand 1: Zorggroep IJsselland"
          + " (ouderenzorg en verpleeghuizen) / • Stand 2: Thuiszorg De Schakel (wijkverpleging); hier staat ook"
          + " Naima El Idrissi / • Stand 3: Streekziekenhuis De Hanze / • Stand 4: Kinderopvang Het Zonnetje / •"
          + " Stand 5: Welzijnsorganisatie Samen Sterk (welzijnswerk en buurtcoaches) / • Stand 6: De Kade, zorg"
          + " voor mensen met een beperking / • Stand 7: Jeugdhulp Oost / • Stand 8: gemeente Deventer, sociale"
          + " wijkteams / Neem drie geprinte exemplaren van je cv mee. Bij elke speeddate krijg je een stempel"
          + " op je loopbaankaart. / Uit de beschrijving: In de sporthal staan acht werkgevers uit de regio.",
      "tune20-eindejaar.json | wanneer treedt de band op | De Dijkgraven staat 2 keer op het programma: /"
          + " ‘Live muziek: De Dijkgraven (set 1)’ (De Dijkgraven) is van 21:45 tot 22:30, in Vechtzaal. / ‘Live"
          + " muziek: De Dijkgraven (set 2)’ (De Dijkgraven) is van 22:45 tot 23:30, in Vechtzaal.",
      "tune20-eindejaar.json | speelt de band twee keer | Ja, 2 keer: ‘Live muziek: De Dijkgraven (set 1)’"
          + " (21:45–22:30) en ‘Live muziek: De Dijkgraven (set 2)’ (22:45–23:30).",
      "tune48-molendag.json | wat is er in marum te zien | Op het programma: / • ‘Oliemolen De Noordstar open’"
          + " (Roelof Smit), in Oliemolen De Noordstar, Molenwerf 8, Marum, 09:30–15:30 / • ‘Lijnzaad slaan in de"
          + " oliemolen’ (Roelof Smit), in Oliemolen De Noordstar, Molenwerf 8, Marum, 11:30–12:15",
      "tune48-molendag.json | wat is er bij de noordstar | Op het programma: / • ‘Oliemolen De Noordstar open’"
          + " (Roelof Smit), in Oliemolen De Noordstar, Molenwerf 8, Marum, 09:30–15:30 / • ‘Lijnzaad slaan in de"
          + " oliemolen’ (Roelof Smit), in Oliemolen De Noordstar, Molenwerf 8, Marum, 11:30–12:15",
      // "welke molen": the kind, not "Molen Fortuna"; "eerst" is no typo of "Gerst pellen tot gort"
      "tune48-molendag.json | welke molen gaat het eerst open | Op het programma: ‘Korenmolen De Hoop open’ (Gerrit"
          + " Oosting), in Korenmolen De Hoop, Molenweg 12, Zuidhorn, 09:00–17:00."})
  @DisplayName("the reply follows the programme's own words")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
