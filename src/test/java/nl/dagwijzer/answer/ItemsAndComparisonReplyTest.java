package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on days of the newer tune sets: the kind of organisation a numbered part is of ("welke tafel is
 * van de gemeente?", said so, never by its id), "voor groep A" for that group
 * when the group's session has "groep A" as its name, "team geel" as a group as "groep geel" is (not the topic
 * "Teamkleuren" that shares the word), "zit groep rood in ronde 1 in de bakkerij?" no with where that group is then,
 * the items a market's summary lists before its detail lines ("welke stands staan er op de informatiemarkt?"), the
 * sector people come from ("uit het onderwijs", "van een
 * woningcorporatie"), a stretch at the start or end of the day ("in het laatste half uur"), yes/no that only a
 * description answers, what a session lists in its details (stands, agenda items), people by
 * how often they are on the programme, which of two comes first, the time between two sessions, "ik zit bij X, wat
 * is er daarna?", "voor jonge mantelzorgers" as an audience, "de ochtend" on a morning-only day, "nog open" at a
 * time, "waar eindigt de avond mee?", and "het volgende webinar" as the next of the day's webinars (not another edition)
 * and only the next one; "wat kan ik doen terwijl de jury overlegt?" and "wat doe je bij de workshop X?" are no
 * requests for help, and a workshop given three times is described once with its three times; "eetkraampjes" counts the stalls a
 * session lists; "Hoog Water: eerste set" and "Hoog Water: tweede set" by the same people are one act's two turns; "team Schuldsignaal" is the detail line so labelled;
 * "is het slotpanel het laatste onderdeel?" is no when a borrel follows; "iets over valpreventie" is every
 * session of that topic, also when one session is called so; "voor de eerste ronde aan de thematafels" is before
 * that round, whatever kind of session; "na de tweede set van
 * Hoog Water" is after that set, not after the band's first. Line breaks written " / ".
 */
@DisplayName("Replies about details, comparisons and where the asker is")
final class ItemsAndComparisonReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune36-sollicitatiedag.json | welke tafel is van de gemeente? | Bij ‘Speedinterviews met werkgevers’"
          + " (11:30–12:30, in Zaal Thorbecke), van een gemeente: / • Tafel 4: gemeente Zwolle, Stadsbeheer,"
          + " medewerkers groenonderhoud.",
      "tune36-sollicitatiedag.json | wie geeft de cv-workshop voor groep A? | Bij ‘Workshop: een cv dat opvalt’"
          + " (09:45–11:15) spreekt Anouk de Boer (loopbaancoach, Loopbaanbureau Koers).",
      "tune36-sollicitatiedag.json | wat is er voor groep B | Voor groep B: ‘Workshop: een cv dat opvalt’ (Youssef"
          + " Amrani), in Zaal Vecht, 09:45–11:15.",
      "tune30-gsport.json | wanneer heeft team geel rolstoelbasketbal | Bij ‘Clinic rolstoelbasketbal’ (13:30–15:25, in"
          + " Sporthal A): Ronde 3 (13:30–14:20): Team Geel.",
      "tune30-gsport.json | hoe laat moet team blauw naar dans | Bij ‘Clinic dans’ (13:30–15:25, in Sporthal B (zaaldeel"
          + " 2)): Ronde 3 (13:30–14:20): Team Blauw.",
      "tune35-kookstudio.json | zit groep rood in ronde 1 in de bakkerij? | Nee, in de eerste ronde (09:45–11:00) voor"
          + " groep rood is ‘Workshop Fermenteren en inmaken’ (Esther van den Berg en Noah Jansen) in Leskeuken 1.",
      "tune37-ziekenhuis.json | welke stands staan er op de informatiemarkt | Bij ‘Informatiemarkt’ (10:00–16:00, in"
          + " Centrale hal): Stands van onder meer diëtetiek, fysiotherapie, de trombosedienst, de patiëntenraad,"
          + " vrijwilligerswerk en werken in de zorg. / • Bij de stand van de trombosedienst kun je gratis je bloeddruk"
          + " laten meten. / • Bij de stand Werken in de zorg hoor je alles over vacatures en opleidingen. / • Wie"
          + " vrijwilliger wil worden, kan zich aanmelden bij Monique Janssen.",
      "tune8-mantelzorg.json | hoeveel kramen staan er op de markt | Bij ‘Informatiemarkt’ (18:30–21:30, in Foyer)"
          + " staan er 6: / • Mantelzorgsteunpunt Rivierenland: mantelzorgwaardering, de mantelzorgpas en een gesprek"
          + " met een consulent / • Alzheimer Nederland afdeling Rivierenland / • MEE Gelderse Poort: onafhankelijke"
          + " cliëntondersteuning / • Wmo-loket gemeente Tiel / • Logeerhuis De Linde: respijtzorg en logeeropvang / •"
          + " Humanitas Thuisadministratie",
      "tune8-mantelzorg.json | welke sprekers staan twee keer in het programma | 2 keer op het programma: / • Jolanda"
          + " de Haan: ‘Welkom en opening’ (19:00–19:15) en ‘Afsluiting’ (21:20–21:30) / • Wendy van der Veen: ‘Zorgen"
          + " voor een ander, zorgen voor jezelf’ (19:15–19:45) en ‘Tafelgesprek: Respijtzorg, even op adem komen’"
          + " (20:50–21:20)",
      "tune24-clientenraad.json | wat komt eerst: de vragenronde of de koffiepauze | Eerst ‘Vragen aan de"
          + " advocaat’ (Fatima Ait Haddou en Marloes van der Linden, 10:50–11:05), daarna de koffiepauze"
          + " (11:05–11:20).",
      "tune8-schuldhulp.json | wat begint eerder, budgetcoaching of vroegsignalering | Eerst ‘Vroegsignalering:"
          + " eerder in beeld bij betalingsachterstanden’ (Ahmed el Khatib en Joke van 't Hof, 14:40–15:30), daarna"
          + " ‘Budgetcoaching met vrijwilligers’ (Wilma Jansen-Smit, 15:50–16:40).",
      "tune18-afscheid.json | komt het dankwoord voor of na de presentatie van het boek | Eerst ‘Presentatie"
          + " van het liber amicorum’ (Wim van 't Riet, 16:35–16:50), daarna ‘Dankwoord van Marianne ten Hove’"
          + " (Marianne ten Hove, 16:50–17:05).",
      "tune28-uitwisseling.json | begint de workshop schulden later dan de workshop activering | Nee, tegelijk:"
          + " ‘Workshop: schulden over de grens’ (Wim Verstraeten, Ingrid ten Hove en Koen Peeters, 10:30–11:15) en"
          + " ‘Workshop: van uitkering naar werk’ (Bas van 't Hof, Sarah El Khattabi en Youssef Ait Bouhou,"
          + " 10:30–11:15).",
      "tune18-awards.json | is de publieksprijs eerder dan de juryprijzen | Nee, eerst ‘Uitreiking van de"
          + " juryprijzen’ (Karim El Idrissi, Bert de Wolff en Ilse van der Veen, 22:05–22:25), daarna ‘Uitreiking van"
          + " de publieksprijs’ (Ilse van der Veen en Gerrit-Jan Nijhuis, 22:25–22:35).",
      "tune18-awards.json | begint de publieksprijs later dan de juryprijzen | Ja, eerst ‘Uitreiking van de"
          + " juryprijzen’ (Karim El Idrissi, Bert de Wolff en Ilse van der Veen, 22:05–22:25), daarna ‘Uitreiking van"
          + " de publieksprijs’ (Ilse van der Veen en Gerrit-Jan Nijhuis, 22:25–22:35).",
      "tune28-wijkverpleging.json | wat komt er na workshop B in ronde 2 | Na ‘Workshop B: Wondzorg volgens de"
          + " nieuwe richtlijn’: de lunch, in Foyer, 12:45–13:30.",
      "tune28-raadsinformatie.json | zit de pauze tussen agendapunt 5 en 6 | Ja, de pauze is van 20:40 tot 20:50, in"
          + " Foyer.",
      // "eerder" compares; it is no misspelt role "herder"
      "tune49-schapenscheerdag.json | wat is eerder, kindervilten of de lezing | Eerst ‘Kindervilten’ (Lieke"
          + " Dijkstra, 11:30–12:15), daarna ‘Van schaap tot sok’ (Wilma Zuidema, 12:45–13:15).",
      "tune18-awards.json | wat is eerder, de juryprijzen of de publieksprijs | Eerst ‘Uitreiking van de"
          + " juryprijzen’ (Karim El Idrissi, Bert de Wolff en Ilse van der Veen, 22:05–22:25), daarna ‘Uitreiking van"
          + " de publieksprijs’ (Ilse van der Veen en Gerrit-Jan Nijhuis, 22:25–22:35).",
      "tune8-mantelzorg.json | hoeveel tijd zit er tussen de lezing en de eerste tafelgesprekken | Tussen het einde"
          + " van ‘Zorgen voor een ander, zorgen voor jezelf’ (19:45) en het begin van ‘Tafelgesprek: Leven met dementie"
          + " thuis’ (19:55) zit 10 minuten.",
      "tune26-nascholing.json | ik zit in groep 2, naar welke zaal moet ik straks | ‘Casusbespreking groep 2’ (Naima"
          + " Ait Haddou) (11:30–12:30) is in Zaal Kralingen.",
      "tune8-schuldhulp.json | ik zit bij bas de groot, wat is er daarna | Na ‘Ondernemers met geldzorgen’, van 16:45"
          + " tot 17:00: ‘Afsluiting: de oogst van de middag’ (Sanne van der Heijden).",
      "tune8-mantelzorg.json | is er een tafelgesprek voor jonge mantelzorgers | Ja, ‘Tafelgesprek: Jonge"
          + " mantelzorgers’ (Sem van Vliet en Lisa van Leeuwen) is van 19:55 tot 20:35, in Bovenzaal.",
      "tune8-inwerkdag.json | hoe laat is de ochtend afgelopen | Het programma loopt tot 12:30; het laatste onderdeel"
          + " is ‘Vragenronde en afsluiting’ (Priscilla Haverkamp en Hanneke Wolters) (12:20–12:30).",
      "tune8-mantelzorg.json | is de markt om 21:00 nog open | Ja, ‘Informatiemarkt’ is van 18:30 tot 21:30, in"
          + " Foyer. / Uit de beschrijving van ‘Informatiemarkt’: De markt is de hele avond open; loop vrij binnen.",
      "tune8-mantelzorg.json | waar eindigt de avond mee | Op het programma: ‘Afsluiting’ (Jolanda de Haan), in"
          + " Theaterzaal, 21:20–21:30.",
      "tune8-schuldhulp.json | kan ik vroegsignalering en daarna gesprekstechnieken doen | Ja, die zijn niet"
          + " tegelijk: ‘Vroegsignalering: eerder in beeld bij betalingsachterstanden’ (Ahmed el Khatib en Joke van 't"
          + " Hof, 14:40–15:30) en ‘Gesprekstechnieken bij schaamte en stress’ (Ilse de Boer, 15:50–16:40).",
      "tune6-regio.json | kan ik aan twee thematafels meedoen | Nee, die zijn (deels) tegelijk: ‘Thematafel 1: Het"
          + " omgevingsplan per gebied’ (Jos van den Broek, 10:55–11:50), ‘Thematafel 2: Participatie bij initiatieven’"
          + " (Esra Yilmaz en Anouk Peeters, 10:55–11:50), ‘Thematafel 3: Vergunningverlening en termijnen’ (Sander de"
          + " Wit en Mark de Laat, 10:55–11:50) en ‘Thematafel 4: Energie en ruimte’ (Ilse van der Heijden, 45"
          + " minuten, ergens tussen 10:55 en 11:50).",
      "tune6-regio.json | wie sluit de dag af | Bij ‘Afsluiting’ (12:15–12:30) spreekt Tom Smulders (wethouder Wonen"
          + " en Omgevingswet, gemeente Loon op Zand).",
      "tune8-schuldhulp.json | is de afsluiting in de vathorstzaal | Nee, ‘Afsluiting: de oogst van de middag’ (Sanne"
          + " van der Heijden, 16:45–17:00) is in Eemzaal. In Vathorstzaal: ‘Vroegsignalering: eerder in beeld bij"
          + " betalingsachterstanden’ (Ahmed el Khatib en Joke van 't Hof, 14:40–15:30) en ‘Budgetcoaching met"
          + " vrijwilligers’ (Wilma Jansen-Smit, 15:50–16:40).",
      "tune5-kennissessie.json | begeleidt Sevda Öztürk ook een break-out | Ja, bij ‘Jongeren zelf aan het woord’"
          + " (11:35–12:05) spreekt Sevda Öztürk (ervaringsdeskundige, Jongerenadviesraad Utrecht). Dat is in Break-out"
          + " 2.",
      "tune5-armoede.json | wat zit er tussen de tweede en de derde workshopronde | Tussen het blok 12:00–13:00 en"
          + " het blok 14:15–15:15: / • de lunch, in Foyer, 13:00–14:00 / • ‘Informatiemarkt’, in Balkonzaal,"
          + " 13:15–14:15",
      "tune8-mantelzorg.json | wat is er tussen de twee rondes tafelgesprekken | Tussen het blok 19:55–20:35 en het"
          + " blok 20:50–21:20: de pauze, in Foyer, 20:35–20:50.",
      "tune7-hackathon.json | hoeveel tijd hebben we in totaal voor het teamwerk | Samen 240 minuten (4 uur):"
          + " ‘Teamwerk blok 1’ 120 minuten (2 uur) en ‘Teamwerk blok 2’ 120 minuten (2 uur).",
      "tune9-schuldenwerk.json | en wat komt er daarna | Hierna, van 11:15 tot 11:30: ‘Plenaire terugkoppeling en"
          + " afsluiting’ (Noor Hendriks).",
      "tune9-wijkavond.json | wie van de gespreksleiders werkt bij Mitros | Bij ‘Thema 2: Wonen en renovatie’"
          + " (20:05–20:50) spreekt Ruud van den Berg (gespreksleider; wijkconsulent, woningcorporatie Mitros).",
      "tune9-schuldenwerk.json | hoeveel facilitators heeft break-out C | Daarbij staan 2 sprekers: Samira el Hadji"
          + " en Priya Ramdin.",
      "tune5-bewonersavond.json | welke tafels worden door maar één persoon geleid | Met één persoon: keuze uit"
          + " ‘Tafel 3: Veiligheid en overlast’ (Bas Hendriks), ‘Tafel 4: Groen, spelen en de openbare ruimte’ (Lotte"
          + " Brinkman) en ‘Tafel 5: Energie en geldzaken’ (Mustafa Aydin), 20:30–21:10.",
      "tune9-schuldenwerk.json | zijn de twee presentaties even lang | Ja, ‘Vroegsignalering: schulden zien aan de "
          + "balie van Werk en Inkomen’ (Erik van den Broek) duurt 20 minuten, van 10:10 tot 10:30; ‘Eerst rust, dan "
          + "werk? Ervaringen van UWV’ 20 minuten, van 10:30 tot 10:50.",
      "tune9-schuldenwerk.json | zijn de drie break-outs tegelijk | Ja, die zijn (deels) tegelijk: ‘Werkgevers en"
          + " loonbeslag’ (Jan-Willem de Vries, 10:50–11:15), ‘Schuldhulp en re-integratie tegelijk’ (Marieke ter Laak,"
          + " 10:50–11:15) en ‘Jongeren met schulden aan het werk’ (Priya Ramdin en Samira el Hadji, 10:50–11:15).",
      "tune9-wijkavond.json | is de wijkavond in buurtcentrum De Boog | Ja, Wijkavond Kanaleneiland is in"
          + " Buurtcentrum De Boog, Marshalllaan 12, Utrecht.",
      "tune8-inwerkdag.json | is de inwerkdag in het stadhuis | Ja, Inwerkdag nieuwe medewerkers sociaal domein is in"
          + " Stadhuis Deventer.",
      "tune9-schuldenwerk.json | wat gebeurt er in break-out D | ‘breakout d’ staat niet in het programma; daar kan"
          + " ik dus niets over zeggen.",
      "tune9-wijkavond.json | wanneer is thema 5 | ‘thema 5’ staat niet in het programma; daar kan ik dus niets over"
          + " zeggen.",
      "tune9-wijkavond.json | welke themagroepen zijn er | Op het programma: keuze uit ‘Thema 1: Veilig en schoon’"
          + " (Mohamed el Khatib en Anouk Peters), in Grote zaal, ‘Thema 2: Wonen en renovatie’ (Ruud van den Berg en"
          + " Fatima Bakkali), in Vergaderruimte Boven, ‘Thema 3: Jongeren en ontmoeting’ (Kevin Dekker en Yasmina"
          + " Ouali), in Jongerenruimte en ‘Thema 4: Gezondheid en samenleven’ (Linda ter Veen en Henk de Jong), in"
          + " Buurtkamer, 20:05–20:50.",
      "tune8-schuldhulp.json | wie organiseert deze middag | Inspiratiemiddag Regio Amersfoort: Dag van de"
          + " schuldhulpverlening, georganiseerd door Schuldhulpverlening Regio Amersfoort. Datum: donderdag 2 oktober"
          + " 2025. Locatie: Congrescentrum De Eenhoorn, Meridiaan 2, 3821 MA Amersfoort. Het programma loopt van 13:00"
          + " tot 17:30. / Inspiratiemiddag voor schuldhulpverleners, klantmanagers, vrijwilligers en ketenpartners uit"
          + " de regio Amersfoort, met een keynote over schaarste, twee workshoprondes en een afsluitende borrel.",
      "tune9-wijkavond.json | hoeveel sprekers hebben geen organisatie | Op het programma zonder organisatie staan 4"
          + " sprekers: Anouk Peters, Fatima Bakkali, Yasmina Ouali en Henk de Jong.",
      "tune9-schuldenwerk.json | welke break-out heeft de meeste begeleiders | De meeste sprekers: ‘Jongeren met"
          + " schulden aan het werk’ in Break-out C (2 sprekers: Priya Ramdin en Samira el Hadji).",
      "tune7-alv.json | geeft Fatima Bouzid nog een tweede workshop | Nee, er is geen tweede; alleen ‘Schulden"
          + " bespreekbaar maken aan de keukentafel’ (14:45–15:45).",
      "tune10-lunchlezing.json | hoe laat begint de tweede lezing | Die staat niet in het programma: er is er maar"
          + " één, ‘Lezing: Van stoer naar strafbaar’ (12:30–13:10).",
      "tune9-jeugdzorg.json | is Lotte Visser een van de panelleden | Nee, Lotte Visser (journalist, Binnenlands"
          + " Bestuur); moderator bij ‘Slotdebat: Wie betaalt de rekening van de jeugdzorg?’; panel: Hans van Dijk,"
          + " Annemiek van der Meulen, Khadija el Idrissi en Karin Smit.",
      "tune9-jeugdzorg.json | is de dagvoorzitter ook de moderator van het slotdebat | Nee, Mirjam de Groot is"
          + " dagvoorzitter en Lotte Visser is moderator bij ‘Slotdebat: Wie betaalt de rekening van de jeugdzorg?’.",
      "tune4-zorgcongres.json | kan ik na de lunch nog even langs de markt | Ja, ‘Informatiemarkt’ is van 12:45 tot"
          + " 14:00, in Foyer.",
      "tune4-online-training.json | wat staat er na de quiz nog op het programma | Na ‘Quiz: B1 of niet?’: / •"
          + " ‘Vragenronde’ (Femke de Haan en Ingrid ter Laak), 11:45–12:05 / • ‘Check-out’ (Femke de Haan),"
          + " 12:05–12:15",
      "tune5-armoede.json | ik zit nu bij Daan Verhoeven, wat komt hierna | Na ‘Schuldhulp digitaal: apps, chatbots"
          + " en de menselijke maat’, van 15:15 tot 15:30: de koffiepauze.",
      "tune6-symposium.json | hoeveel posters zijn er te zien | Uit de beschrijving van ‘Posterpresentatie"
          + " studentonderzoek’: Er hangen 18 posters.",
      "tune10-vrijwilligers.json | hoe laat begint de avond | Het programma begint om 17:00 met ‘Welkom door de"
          + " wethouder’ (Daan van Leeuwen en Mieke van den Broek).",
      "tune10-vrijwilligers.json | waar staat t taalhuis | ‘Stand 3: Taalhuis Amersfoort’ (17:15–18:30) is in Foyer.",
      "tune10-vrijwilligers.json | wat is er na de pitches | Na ‘Pitch: Buddy's voor mantelzorgers’, van 19:00 tot"
          + " 19:45: de dinerpauze.",
      "tune10-vrijwilligers.json | welk onderdeel begint het laatst | Op het programma: ‘Uitreiking Amersfoortse"
          + " Vrijwilligersprijs’ (Daan van Leeuwen, Mieke van den Broek en Gerda van de Pol), in Theaterzaal,"
          + " 20:30–21:00.",
      "tune10-vrijwilligers.json | is er ook een publieksprijs | Ja, uit de beschrijving van ‘Uitreiking"
          + " Amersfoortse Vrijwilligersprijs’: Daarnaast wordt een publieksprijs uitgereikt.",
      "tune10-vrijwilligers.json | wordt de workshop twee keer gegeven | Ja, 2 keer: ‘Workshop: Vrijwilligers vinden"
          + " en binden’ (19:45–20:30, in Studio 1) en ‘Workshop: Vrijwilligers vinden en binden’ (19:45–20:30, in"
          + " Studio 2). / Uit de beschrijving van ‘Workshop: Vrijwilligers vinden en binden’: De workshop wordt"
          + " tegelijk in twee studio's gegeven; kies er één.",
      "tune10-lunchlezing.json | is het in Den Haag | Nee, Lunchlezing Jeugd en Veiligheid is in Stadhuis Leiden,"
          + " Stadhuisplein 1, 2311 EJ Leiden, niet in Den Haag. / Uit de beschrijving van ‘Lezing: Van stoer naar"
          + " strafbaar’: Met"
          + " voorbeelden uit het onderzoek 'Jongeren op de rand' in Leiden en Den Haag.",
      "tune10-lunchlezing.json | is het in het stadhuis | Ja, Lunchlezing Jeugd en Veiligheid is in Stadhuis Leiden,"
          + " Stadhuisplein 1, 2311 EJ Leiden.",
      "tune10-regiodag.json | waar werkt Mirjam van den Berg | Mirjam van den Berg staat niet op het programma."
          + " Bedoel je Mirjam de Boer?",
      "tune10-regiodag.json | wie is Jan Jansen | Jan Jansen staat niet op het programma. Bedoel je Lotte Janssen?",
      "tune10-lunchlezing.json | hoeveel sessies hebben een moderator | Er is 1 onderdeel: / • ‘Vragen uit de zaal’"
          + " (Pieter van der Laan en Naima el Haddouti), 13:10–13:30",
      "tune10-vrijwilligers.json | welke stand helpt met geldzaken | Op het programma: ‘Stand 2: Humanitas"
          + " Thuisadministratie’, in Foyer, 17:15–18:30. / Uit de beschrijving van ‘Stand 2: Humanitas"
          + " Thuisadministratie’: Vrijwilligers helpen mensen thuis om hun post en geldzaken weer op orde te krijgen.",
      "tune10-lunchlezing.json | bij welke onderdelen is er een spreker | Met een spreker: / • ‘Lezing: Van stoer naar"
          + " strafbaar’ (Naima el Haddouti), 12:30–13:10 / • ‘Vragen uit de zaal’ (Pieter van der Laan en Naima el"
          + " Haddouti), 13:10–13:30",
      "tune6-regio.json | welke tafel is er voor vergunningverleners | Op het programma: ‘Thematafel 3:"
          + " Vergunningverlening en termijnen’ (Sander de Wit en Mark de Laat), 10:55–11:50. / Uit de beschrijving van"
          + " ‘Thematafel 3: Vergunningverlening en termijnen’: Geschikt voor vergunningverleners en juristen.",
      "tune10-regiodag.json | duurt de workshop over jongeren een heel uur | Nee, van 60 minuten (1 uur) niet:"
          + " ‘Jongeren zonder startkwalificatie in beeld’ (Bas van Dijk) duurt 45 minuten en valt tussen 12:30 en"
          + " 13:30; hoe laat precies staat niet in het programma, in Zaal IJ.",
      "tune10-regiodag.json | kan ik wonen en werk en de workshop over jongeren allebei volgen | Nee, die zijn"
          + " (deels) tegelijk: ‘Jongeren zonder startkwalificatie in beeld’ (Bas van Dijk, 45 minuten, ergens tussen"
          + " 12:30 en 13:30) en ‘Wonen en werk: de rol van de woningcorporatie’ (Lotte Janssen, 12:30–13:30).",
      "tune10-lunchlezing.json | wat is het tweede onderdeel | Op het programma: ‘Lezing: Van stoer naar strafbaar’"
          + " (Naima el Haddouti), 12:30–13:10.",
      "tune10-lunchlezing.json | is er een dagvoorzitter | Nee, een dagvoorzitter staat niet in het programma. Wel:"
          + " Pieter van der Laan (moderator bij ‘Vragen uit de zaal’).",
      "tune11-webinar.json | welke onderdelen hebben geen spreker | Zonder spreker: / • ‘Poll: waar loopt uw gemeente"
          + " tegenaan?’, 15:25–15:30 / • ‘Korte evaluatie’, 16:10–16:15",
      "tune11-webinar.json | heeft de poll een spreker | Nee, met een spreker niet: ‘Poll: waar loopt uw gemeente"
          + " tegenaan?’ is van 15:25 tot 15:30.",
      "tune5-kennissessie.json | hoeveel sprekers komen uit het onderwijs | Van ROC Midden Nederland en Hogeschool"
          + " Utrecht staan 2 sprekers: Mirjam Dekker en Rachid el Idrissi.",
      "tune6-webinar.json | wie van de sprekers komt uit het onderwijs | Bij ‘Korte talk: Wat werkt bij"
          + " vroegsignalering?’ (15:05–15:20) spreekt Thijs van Leeuwen (onderzoeker armoede en schulden, Hogeschool"
          + " Inholland). / Bij ‘Vragenronde’ (16:00–16:25) spreekt Thijs van Leeuwen (panellid; onderzoeker armoede en"
          + " schulden, Hogeschool Inholland).",
      "tune3-netwerkmiddag.json | welke panelleden werken voor de overheid | Bij ‘Panel: wie betaalt de"
          + " warmtetransitie?’ (15:45–16:40) spreken Anouk Verbeek (panellid; wethouder Duurzaamheid, gemeente"
          + " Hengelo) en Karin Smit (panellid; senior beleidsadviseur warmte, ministerie van Volkshuisvesting en"
          + " Ruimtelijke Ordening).",
      "tune4-online-training.json | wie werkt er bij een uitvoeringsorganisatie | Bij ‘Vragenronde’ (11:45–12:05)"
          + " spreekt Ingrid ter Laak (senior communicatieadviseur, UWV).",
      "tune3-webinar.json | wat is er in het laatste half uur | Tussen 20:30 en 21:00: / • ‘Poll: wat ga jij doen?’"
          + " (Lisa van der Wal), 20:30–20:40 / • ‘Vragen uit de chat’ (Lisa van der Wal, Martijn Schouten, Soufiane El"
          + " Hamdaoui en Merel de Ruiter), 20:40–20:55 / • ‘Afsluiting’ (Lisa van der Wal), 20:55–21:00",
      "tune3-webinar.json | wat gebeurt er in het eerste uur | Tussen 19:30 en 20:30: / • ‘Welkom’ (Lisa van der"
          + " Wal), 19:30–19:35 / • ‘Hoe eenzaam zijn jongeren? De cijfers’ (Martijn Schouten), 19:35–20:00 / • ‘Wat"
          + " werkt in de wijk?’ (Soufiane El Hamdaoui en Merel de Ruiter), 20:00–20:30",
      "tune7-opendag.json | krijg ik bij het juridisch loket gratis advies | Ja, uit de beschrijving van"
          + " ‘Informatiemarkt’: Bij de stand van het Juridisch Loket krijgt u gratis kort juridisch advies.",
      "tune7-opendag.json | is de voedselbank er ook | Ja, uit de beschrijving van ‘Informatiemarkt’: Met stands van"
          + " onder meer Humanitas Thuisadministratie, Voedselbank Veenendaal, woningcorporatie Patrimonium, GGD regio"
          + " Utrecht en het UWV.",
      "tune5-kennissessie.json | moet mijn camera aan | Dat staat niet letterlijk in het programma, maar dit wel: /"
          + " Uit de beschrijving van ‘Inloggen en techniekcheck’: De Zoom-omgeving is open: test je camera, microfoon"
          + " en je naam in beeld.",
      "tune11-netwerklunch.json | hoe laat begint de netwerklunch | Het programma begint om 11:45 met ‘Welkom’"
          + " (Esther van Rooij en Karin Hooghwerff); de inloop met koffie is vanaf 11:30.",
      "tune11-netwerklunch.json | is er ook een tweede ronde speeddates | Ja, ‘Speeddates ronde 2: werkgevers en"
          + " jobcoaches’ (Sjoerd ter Laak) is van 13:25 tot 13:45.",
      "tune11-schuldhulp.json | in ronde 3, welke workshops zijn er naast gesprekstechnieken | In de derde ronde"
          + " (15:00–16:00) zonder ‘gesprekstechnieken’: keuze uit ‘Schulden en gezondheid: samenwerken met de GGD’ (Kees"
          + " van Dijk, 45 minuten), in Zaal 2, ‘Beschermingsbewind of schuldhulp?’ (Wilma Hendriks), in Zaal 3 en ‘Data"
          + " en privacy bij vroegsignalering’ (Thomas de Boer, 45 minuten), in Zaal 5, 15:00–16:00.",
      "tune21-webinar.json | hoe laat begint het volgende webinar | ‘Webinar 1: De nieuwe Wet inburgering in"
          + " vogelvlucht’ (Youssef El Amrani en Marloes ten Have) is van 13:10 tot 13:50, in Plenaire ruimte.",
      "congress.json | wat is de volgende workshop | Hierna: keuze uit ‘Jongeren en schulden: voorkomen is"
          + " beter’ (Daan Kuipers), in Zaal Veluwe, ‘Samenwerken met schuldeisers’ (Anouk van der Linden), in Zaal"
          + " Rijn en ‘Budgetcoaching met vrijwilligers’ (Gerrit Jan Mulder), in Zaal Gelderse Vallei, 13:15–14:30.",
      "tune9-wijkavond.json | wanneer is de volgende wijkavond | Een volgende keer staat niet in het programma: het"
          + " gaat alleen over Wijkavond Kanaleneiland.",
      "tune8-mantelzorg.json | is er een workshop yoga voor mantelzorgers | Nee, dat staat niet in het programma:"
          + " over ‘yoga’ zegt het niets. ‘Tafelgesprek: Jonge mantelzorgers’ (Sem van Vliet en Lisa van Leeuwen) is van"
          + " 19:55 tot 20:35, in Bovenzaal.",
      "tune9-jeugdzorg.json | welke sessies zijn er in ronde 4 | In ronde 4 staat er niets op het programma. Het"
          + " programma loopt van 09:30 tot 17:00.",
      "tune10-lunchlezing.json | hoeveel langer duurt de lezing dan de vragenronde | ‘Lezing: Van stoer"
          + " naar strafbaar’ duurt 20 minuten langer dan ‘Vragen uit de zaal’. / ‘Lezing: Van stoer naar strafbaar’"
          + " (Naima el Haddouti) duurt 40 minuten, van 12:30 tot 13:10. / ‘Vragen uit de zaal’ (Pieter van der Laan"
          + " en Naima el Haddouti) duurt 20 minuten, van 13:10 tot 13:30.",
      // (a round of the speed dates, "speeddateronde", is either of the two, which last as long)
      "tune11-netwerklunch.json | wat duurt langer, een speeddateronde of het welkom | Het langst duurt"
          + " ‘Speeddates ronde 1: werkgevers en klantmanagers’ en ‘Speeddates ronde 2: werkgevers en jobcoaches’. /"
          + " ‘Welkom’ (Esther van Rooij en Karin Hooghwerff) duurt 15 minuten, van 11:45 tot 12:00. / ‘Speeddates"
          + " ronde 1: werkgevers en klantmanagers’ (Sjoerd ter Laak) duurt 20 minuten, van 13:00 tot 13:20. /"
          + " ‘Speeddates ronde 2: werkgevers en jobcoaches’ (Sjoerd ter Laak) duurt 20 minuten, van 13:25 tot 13:45.",
      "tune12-debat.json | hoeveel partijen doen er mee aan het debat | Er zijn 10 organisaties: Omroep"
          + " Gouwe, Woonpartners Midden-Holland, VVD, GroenLinks-PvdA, CDA, D66, SP, Lokaal Gouda en nog 2 meer;"
          + " noem er één voor wie daarvan spreekt.",
      "tune12-kennismarkt.json | hoeveel pitches zijn er in de tweede ronde | Er is in ronde 2 1"
          + " onderdeel, met 3 sprekers: / • ‘Pitches ronde 2: als de rekening blijft liggen’ (Bram Kok, Naima"
          + " Amrani en Gert-Jan Smit), 15:45–16:15",
      "tune4-raadsinformatie.json | hoe vaak wordt elk tafelgesprek gehouden | Elk staat 2 keer op het"
          + " programma: / • ‘Tafelgesprek Wonen’: 2 keer (19:45–20:25 en 20:45–21:25) / • ‘Tafelgesprek"
          + " Mobiliteit’: 2 keer (19:45–20:25 en 20:45–21:25) / • ‘Tafelgesprek Energie en groen’: 2 keer"
          + " (19:45–20:25 en 20:45–21:25)",
      "tune4-raadsinformatie.json | is Bart Hoogland er in beide rondes | Nee, in de eerste ronde"
          + " (19:45–20:25) en in de tweede ronde (20:45–21:25) niet: ‘Tafelgesprek Wonen’ (Marloes van der Veen en"
          + " Bart Hoogland) is van 19:45 tot 20:25, in Burgerzaal.",
      "tune10-regiodag.json | welke workshops zijn er in ronde 1 en in ronde 2 van Ingrid van 't Hof | In"
          + " de eerste ronde (10:30–11:30) en in de tweede ronde (12:30–13:30): / • ‘Schulden en werk: samen"
          + " optrekken’ (Ingrid van 't Hof), in Zaal Kennemer, 10:30–11:30 / • ‘Schulden en werk: samen optrekken’"
          + " (Ingrid van 't Hof), in Zaal Kennemer, 12:30–13:30",
      "tune7-hackathon.json | wat is er nog tot de lunch | Vanaf nu tot de lunch: / • ‘Teamwerk blok 1’,"
          + " in Werkvloer, 10:30–12:30 / • ‘Datakliniek: vraag het de experts’ (Esther de Wit en Hans Kuijpers), in"
          + " Zaal Rotte, 11:00–12:00",
      "tune7-hackathon.json | hoe lang duurt het tot de lunch | Nog 80 minuten (1 uur en 20 minuten): om"
          + " 12:30 begint de lunch.",
      // sessions given more than once are one line each with their times, so more of the day fits
      "tune7-opendag.json | wat is er allemaal te doen vandaag | Op het programma: / • ‘Welkom door de"
          + " wethouder’ (Hanneke van Dijk), in Podium, 14:00–14:15 / • ‘Kinderhoek: knutselen en schminken’, in"
          + " Speelzaal, 14:00–18:00 / • ‘Informatiemarkt’, in Grote zaal, 14:00–19:00 / • ‘Infosessie"
          + " mantelzorg: wat kunt u regelen?’ (Ellen Kuipers), in Lokaal De Eik, 14:15–14:35, 15:15–15:35 en"
          + " 16:15–16:35 / • ‘Rondleiding achter de schermen’ (Rianne de Jong), in Ontvangsthal, 14:30–15:00 en"
          + " 15:30–16:00 / • ‘Workshop Grip op je post’ (Bas van der Meer), in Lokaal De Linde, 15:00–15:30,"
          + " 16:00–16:30, 17:00–17:30 en 18:00–18:30 / • ‘Rondleiding achter de schermen’ (Mohamed el Haddad),"
          + " in Ontvangsthal, 16:30–17:00 en 17:30–18:00 / • ‘Vragenuurtje met de wethouder’ (Hanneke van Dijk"
          + " en Rianne de Jong), in Podium, 16:45–17:15 / • … en nog 2 meer; vraag ‘wat is het programma?’ voor"
          + " alles.",
      "tune4-raadsinformatie.json | wat doet bart hoogendoorn vanavond | Bart Hoogendoorn staat niet op"
          + " het programma. Bedoel je Bart Hoogland?",
      "tune4-raadsinformatie.json | spreekt marloes jansen ook aan een tafel | Nee, Marloes Jansen staat"
          + " niet op het programma. Bedoel je Marloes van der Veen?",
      "tune13-festival.json | wie is hakan yildiz | Hakan Yıldız is eigenaar bij Fietsenmakerij De Spaak."
          + " Op het programma: ‘Van de bijstand naar een eigen zaak’ (13:00–13:30).",
      "tune4-raadsinformatie.json | wie is wethouder hendrik smit | Hendrik Smit staat niet op het"
          + " programma. / Bij ‘Plenaire afsluiting met de wethouder’ (21:30–22:00) spreekt Ahmed El Khatib"
          + " (wethouder Wonen en Ruimtelijke Ordening, gemeente Deventer).",
      "tune4-raadsinformatie.json | wie is wethouder Ahmed El Khatib | Bij ‘Plenaire afsluiting met de"
          + " wethouder’ (21:30–22:00) spreekt Ahmed El Khatib (wethouder Wonen en Ruimtelijke Ordening, gemeente"
          + " Deventer).",
      "tune12-debat.json | wat is er voor het eerste debatblok | Voor ‘Debatblok 1: Wonen’: ‘Welkom’ (Hans"
          + " Verbeek en Annemarie de Boer), in Grote zaal, 19:30–19:40.",
      "tune12-debat.json | wat is er na het laatste debatblok | Na ‘Debatblok 3: Armoede’: ‘Publieksronde’"
          + " (Annemarie de Boer, Mirjam de Graaf, Youssef Ouali, Hanneke van Dijk, Pieter-Jan Blom, Sevda Yildiz en"
          + " Kees van der Wal), in Grote zaal, 21:45–22:00.",
      "tune12-tracks.json | wat is er na de laatste workshop | Na het blok 15:45–16:30: ‘Plenaire"
          + " afsluiting: wat nemen we mee naar maandag?’ (Ingrid van Wijk, Karin Smeets en Erik ter Horst), in"
          + " Grote Zaal, 16:40–17:30.",
      "tune4-raadsinformatie.json | wat loopt er tegelijk met de tafel over energie | Tijdens"
          + " ‘Tafelgesprek Energie en groen’: keuze uit ‘Tafelgesprek Wonen’ (Marloes van der Veen en Bart"
          + " Hoogland), in Burgerzaal en ‘Tafelgesprek Mobiliteit’ (Sander ter Beek), in Burgerzaal, 19:45–20:25.",
      "tune7-hackathon.json | wat loopt er parallel aan het tweede teamwerkblok | Tijdens ‘Teamwerk blok"
          + " 2’: ‘Pitchtraining: in vijf minuten overtuigen’ (Joost van 't Zand, 40 minuten), in Zaal Rotte,"
          + " 14:00–15:00.",
      "tune10-vrijwilligers.json | wat loopt er tegelijk met de workshop in Studio 1 | Tijdens ‘Workshop:"
          + " Vrijwilligers vinden en binden’: ‘Workshop: Vrijwilligers vinden en binden’ (Rick van 't Zand), in"
          + " Studio 2, 19:45–20:30.",
      "tune10-regiodag.json | ik kom om 10:00 binnen, wat heb ik dan gemist | Voor 10:00: / • de inloop en"
          + " registratie, in Foyer, 09:00–09:30 / • ‘Opening: iedereen doet mee’ (Joost ter Horst en Sanne van der"
          + " Meulen), in Grote Zaal, 09:30–10:15",
      "heldout4-wijkcongres.json | wat mis ik allemaal als ik om kwart over 3 weg moet | Vanaf 15:15: / •"
          + " de theepauze, in Foyer, 15:15–15:30 / • ‘Uitreiking Gouden Wijkprijs 2025’ (Marjolein Smit en Joost de"
          + " Bruijn), in Theaterzaal, 15:30–16:15 / • ‘Afsluiting door de voorzitter’ (Ingrid van der Meulen), in"
          + " Theaterzaal, 16:15–16:30 / • de netwerkborrel, in Foyer, 16:30–17:00",
      "tune12-tracks.json | hoe lang is het van de laatste workshop tot de afsluiting | Tussen het einde"
          + " van ‘Jongeren in beeld: van uitkering naar opleiding of baan’ (16:30) en het begin van ‘Plenaire"
          + " afsluiting: wat nemen we mee naar maandag?’ (16:40) zit 10 minuten.",
      "tune12-kennismarkt.json | hoe lang is het van het begin van de markt tot de eerste pitches | Tussen"
          + " het begin van ‘Kennismarkt: twaalf organisaties op één plek’ (14:15) en het begin van ‘Pitches ronde"
          + " 1: hulp dichtbij’ (14:45) zit 30 minuten.",
      "tune10-vrijwilligers.json | hoe lang duurt het nog voordat de uitreiking begint | Nog 560 minuten"
          + " (9 uur en 20 minuten): om 20:30 begint ‘Uitreiking Amersfoortse Vrijwilligersprijs’ (Daan van Leeuwen,"
          + " Mieke van den Broek en Gerda van de Pol).",
      "regional.json | wat is er in de grote zaal voor het jongerenpanel | Voor ‘Jongerenpanel: wat hebben"
          + " wij nodig?’: ‘Opening: samen rond het kind’ (Jolanda Hiemstra en Harm Jan Bakker), in Grote Zaal,"
          + " 09:30–10:15.",
      "tune10-regiodag.json | welke workshops kun je in allebei de rondes volgen | In de eerste ronde"
          + " (10:30–11:30) en in de tweede ronde (12:30–13:30): / • keuze uit ‘Van bijstand naar baan: de kracht"
          + " van jobcoaching’ (Mirjam de Boer en Karim el Idrissi), in Zaal Spaarne en ‘Schulden en werk: samen"
          + " optrekken’ (Ingrid van 't Hof), in Zaal Kennemer, 10:30–11:30 / • keuze uit ‘Van bijstand naar baan:"
          + " de kracht van jobcoaching’ (Mirjam de Boer en Karim el Idrissi), in Zaal Spaarne en ‘Schulden en werk:"
          + " samen optrekken’ (Ingrid van 't Hof), in Zaal Kennemer, 12:30–13:30",
      "tune10-regiodag.json | welke workshops zijn in ronde 2 nieuw | In de tweede ronde (12:30–13:30):"
          + " keuze uit ‘Statushouders aan het werk’ (Anouk ter Beek), in Zaal Duin, ‘Jongeren zonder"
          + " startkwalificatie in beeld’ (Bas van Dijk, 45 minuten), in Zaal IJ en ‘Wonen en werk: de rol van de"
          + " woningcorporatie’ (Lotte Janssen), in Grote Zaal, 12:30–13:30.",
      "tune11-schuldhulp.json | ik wil in ronde 2 niet naar saneringskrediet, wat kan ik dan nog kiezen |"
          + " In de tweede ronde (13:00–14:00) zonder ‘saneringskrediet’: keuze uit ‘Jongeren met schulden: eerst"
          + " rust, dan aflossen’ (Samira Bouzid), in Zaal 2, ‘Samenwerken met UWV en Belastingdienst’ (Erik-Jan"
          + " Mulder en Anouk Verhoeven), in Zaal 4 en ‘Budgetcoaching met vrijwilligers’ (Gerda Postma, 45"
          + " minuten), in Zaal 5, 13:00–14:00.",
      "tune22-buurtfeest.json | hoeveel eetkraampjes zijn er | Bij ‘Proeven uit de wijk’ (12:00–16:30, in"
          + " Kraampjesplein) staan er 5: / • Kraam 1: Surinaamse roti en bara van Ingrid Doelwijt. / • Kraam 2:"
          + " Marokkaanse harira en msemen van Khadija Ait Ouali. / • Kraam 3: Turkse gözleme van Emine Demir. /"
          + " • Kraam 4: Hollandse poffertjes van Bep en Kees Hulshof. / • Kraam 5: limonade en ijsjes van de"
          + " kinderraad. / Alle gerechten kosten tussen 1 en 4 euro; betalen kan alleen contant.",
      "tune21-hackathon.json | wat is de uitdaging van team Schuldsignaal | Bij ‘Teamvorming’ (09:45–10:15, in"
          + " Atrium): Team Schuldsignaal: inwoners met betalingsachterstanden eerder bereiken (uitdaging van gemeente"
          + " Zwolle).",
      "tune23-seniorenbeurs.json | waar kan ik iets over valpreventie horen | Op het programma: / •"
          + " ‘Informatiemarkt’, in Grote hal, 10:00–15:00 / • ‘Lezing: Vallen voorkomen’ (Ruud ten Hove), in"
          + " Podium, 10:30–10:50 / • ‘Stoelgym: demonstratie’ (Sanne Bouwman), in Kleine zaal, 11:00–11:30 / •"
          + " ‘Stoelgym: demonstratie’ (Sanne Bouwman), in Kleine zaal, 13:00–13:30",
      "tune23-inspraak.json | wat is er voor de eerste ronde aan de thematafels | Voor het blok 20:10–20:45:"
          + " ‘Vragenronde over het plan’ (Naima El Idrissi en Bas van der Meulen), in Aula, 19:50–20:05.",
      "congress.json | is het slotpanel het laatste onderdeel | Nee, het laatste onderdeel is de borrel,"
          + " 16:00–17:30; ‘Slotpanel: wat moet er nu echt veranderen?’ (Rob Hoekstra, Marieke van 't Hof, Anouk van"
          + " der Linden, Joost de Graaf en Samira Bouzian) is van 14:45 tot 15:45.",
      "congress.json | is de borrel het laatste onderdeel | Ja, de borrel (16:00–17:30) is het laatste onderdeel.",
      "tune22-buurtfeest.json | hoe vaak speelt de band | Hoog Water staat 2 keer op het programma: ‘Hoog Water:"
          + " eerste set’ (14:00–14:30) en ‘Hoog Water: tweede set’ (16:00–16:30).",
      "tune22-banenmarkt.json | wat doe je bij de workshop oefenen met het sollicitatiegesprek | ‘Workshop:"
          + " Oefenen met het sollicitatiegesprek’ (Kees van Dijk, 25 minuten), 3 keer (14:00–14:30 in Zaal Veluwe,"
          + " 15:30–16:00 in Zaal Veluwe en 16:00–16:30 in Zaal IJssel): Sollicitatietrainer Kees van Dijk bespreekt"
          + " de vragen die werkgevers vaak stellen, zoals 'Vertel eens iets over uzelf' en 'Waarom zat u een tijd"
          + " zonder werk?'. Daarna oefent u zelf. / Aan bod komen: / • U oefent in tweetallen: de een is werkgever,"
          + " de ander sollicitant. / • Voorbereiding is niet nodig. / • Let op: deze laatste ronde is in Zaal"
          + " IJssel.",
      "tune22-buurtfeest.json | wat komt er na de tweede set van hoog water | Na ‘Hoog Water: tweede set’, van"
          + " 17:00 tot 18:30: de buurtbarbecue (Ahmet Yilmaz).",
      "tune21-hackathon.json | wat kan ik doen terwijl de jury overlegt | Tijdens ‘Juryberaad’: ‘Demomarkt’, in"
          + " Atrium, 16:45–17:15. / Uit de beschrijving van ‘Demomarkt’: Terwijl de jury overlegt, laten de teams"
          + " hun prototype zien aan hun eigen teamtafel.",
      "tune21-hackathon.json | hoe lang mag een pitch duren | Uit de beschrijving van ‘Kick-off: zes"
          + " uitdagingen uit de praktijk’: Spelregel: om 15:30 levert elk team een klikbaar prototype of een"
          + " uitgewerkte schets in, plus een pitch van 7 minuten.",
      "tune12-kennismarkt.json | hoe lang duurt één pitch | Uit de beschrijving van ‘Pitches ronde 1: hulp"
          + " dichtbij’: Elke pitch duurt zeven minuten, daarna is er tijd voor één vraag uit de zaal. / Uit de"
          + " beschrijving van ‘Pitches ronde 1: hulp dichtbij’: Drie organisaties vertellen in korte pitches wat"
          + " zij doen en hoe u mensen naar hen kunt doorverwijzen. / Uit de beschrijving van ‘Pitches ronde 2: als"
          + " de rekening blijft liggen’: Drie korte pitches over wat er gebeurt als mensen hun rekeningen niet meer"
          + " kunnen betalen, en waar ze dan terechtkunnen.",
      "tune7-hackathon.json | hoeveel tijd krijgt elk team voor zijn pitch | Uit de beschrijving van"
          + " ‘Pitches van de teams’: Elk team krijgt vijf minuten om zijn oplossing te presenteren, gevolgd door"
          + " twee minuten vragen van de jury.",
      "tune11-netwerklunch.json | hoe lang duurt één gesprek bij de speeddates | Uit de beschrijving van"
          + " ‘Speeddates ronde 1: werkgevers en klantmanagers’: Werkgevers spreken in korte gesprekken van vijf"
          + " minuten met klantmanagers van de gemeente over concrete vacatures.",
      "tune13-festival.json | wat voor eten hebben de foodtrucks | De foodtrucks, 12:00–20:00, in"
          + " Foodplein: Zes foodtrucks met eten uit de hele wereld: Surinaams, Syrisch, Turks, Indonesisch,"
          + " vegetarisch en een ijscokar. / Aan bod komen: / • Eten en drinken zijn niet gratis; betalen kan alleen"
          + " met pin.",
      "tune6-regio.json | wat voor lunch is het | De lunch, 12:30–13:00: Broodjeslunch en gelegenheid om"
          + " na te praten.",
      "tune3-netwerkmiddag.json | wat is de pitchronde precies | ‘Pitchronde: energie uit de buurt’ (Daan"
          + " Hofstede, Noor de Graaf, Yusuf Arslan en Ilse Bosman), 15:05–15:45, in Statenzaal: Vier lokale"
          + " initiatieven krijgen elk vijf minuten om hun project te pitchen. Daarna stemt de zaal welk idee de"
          + " provinciale aanmoedigingsprijs krijgt. / Aan bod komen: / • Daan Hofstede: zonnedaken op boerenschuren"
          + " in Raalte / • Noor de Graaf: een warmtenet voor de binnenstad van Kampen / • Yusuf Arslan: studenten"
          + " doen energiescans bij huurders / • Ilse Bosman: energiearmoede en gezondheid in Zwolle-Zuid",
      "tune11-netwerklunch.json | hoeveel tijd is er in totaal voor speeddaten | Samen 40 minuten:"
          + " ‘Speeddates ronde 1: werkgevers en klantmanagers’ 20 minuten en ‘Speeddates ronde 2: werkgevers en"
          + " jobcoaches’ 20 minuten.",
      "tune4-raadsinformatie.json | hoe lang duren de twee tafelrondes bij elkaar | Samen 80 minuten (1"
          + " uur en 20 minuten): 19:45–20:25 en 20:45–21:25.",
      "tune8-inwerkdag.json | hoe lang is het tussen de start van de ontvangst en presentatie 1 | Tussen"
          + " het begin van de ontvangst met koffie en thee (08:45) en het begin van ‘Presentatie 1: Werk en"
          + " Inkomen’ (09:15) zit 30 minuten.",
      "tune10-lunchlezing.json | hoeveel minuten zit er tussen het begin van de lunch en het begin van de"
          + " lezing | Tussen het begin van de broodjeslunch (12:00) en het begin van ‘Lezing: Van stoer naar"
          + " strafbaar’ (12:30) zit 30 minuten.",
      "tune40-hardloopdag.json | hoeveel tijd zit er tussen de start van de 5 km en die van de 10 km | Tussen het"
          + " begin van ‘5 km-loop’ (10:00) en het begin van ‘10 km-loop’ (12:00) zit 120 minuten (2 uur).",
      "tune7-hackathon.json | wie zitten er in de jurie | Bij ‘Pitches van de teams’ (15:45–16:30) spreken"
          + " Wouter ter Beek (juryvoorzitter; directeur Maatschappelijke Ontwikkeling, gemeente Rotterdam), Nadia"
          + " el Idrissi (jurylid; epidemioloog, GGD Rotterdam-Rijnmond) en Hans Kuijpers (jurylid; senior"
          + " data-analist, UWV). / Bij ‘Prijsuitreiking’ (16:45–17:00) spreekt Wouter ter Beek (juryvoorzitter;"
          + " directeur Maatschappelijke Ontwikkeling, gemeente Rotterdam).",
      "tune11-schuldhulp.json | hoe laat begint de keynoot | ‘Keynote: Schulden en stress, wat geldzorgen"
          + " met je brein doen’ (Marloes de Wit) is van 10:15 tot 10:45, in Zaal 1.",
      "tune6-webinar.json | wnr is de pol | ‘Poll: hoe ver is uw gemeente?’ is van 15:55 tot 16:00.",
      "tune3-webinar.json | hoelang duurt de pol | ‘Poll: wat ga jij doen?’ (Lisa van der Wal) duurt 10"
          + " minuten, van 20:30 tot 20:40.",
      "tune13-excursie.json | wat doet groep B terwijl groep A de rondleiding heeft | Tijdens ‘Rondleiding"
          + " door de werkplaatsen’: ‘In gesprek met medewerkers’ (Fatma Yilmaz, Ronnie Bakker en Sevda Kaya), in"
          + " Leslokaal, Eemwerk, 10:30–11:15.",
      "tune13-excursie.json | wat doet groep A terwijl groep B de rondleiding heeft | Tijdens ‘Rondleiding"
          + " door de werkplaatsen’: ‘In gesprek met medewerkers’ (Dennis van der Wal, Ronnie Bakker en Sevda Kaya),"
          + " in Leslokaal, Eemwerk, 11:15–12:00.",
      "tune9-wijkavond.json | duren de presentatie en de terugkoppeling even lang | Ja, ‘Presentatie gemeente: de "
          + "Wijkaanpak Kanaleneiland’ (Sevda Yilmaz en Joris van Leeuwen) duurt 25 minuten, van 19:40 tot 20:05; "
          + "‘Plenaire terugkoppeling’ 25 minuten, van 20:50 tot 21:15.",
      "tune13-festival.json | duurt het optreden van Lotte Vermeer langer dan dat van Mo Bennani | Ja, ‘Lotte "
          + "Vermeer: liedjes over thuis’ (Lotte Vermeer) duurt 25 minuten, van 13:30 tot 13:55; ‘Mo Bennani: rap en "
          + "spoken word’ 20 minuten, van 15:30 tot 15:50.",
      "tune13-excursie.json | is het welkom bij Eemwerk korter dan de opening in het stadhuis | Ja, ‘Welkom bij "
          + "Eemwerk’ (Marjolein ter Horst) duurt 25 minuten, van 10:05 tot 10:30; ‘Opening en inleiding: werk en "
          + "participatie in Amersfoort’ 30 minuten, van 09:15 tot 09:45.",
      "tune11-schuldhulp.json | is de dag in Ede | Ja, Landelijke Dag Schuldhulpverlening 2025 is in"
          + " Congrescentrum De Reehorst, Bennekomseweg 24, Ede.",
      "tune4-raadsinformatie.json | het is toch in het stadhuis? | Ja, Raadsinformatieavond Omgevingsvisie"
          + " Deventer 2040 is in Stadhuis Deventer, Grote Kerkhof 4, Deventer.",
      "tune10-lunchlezing.json | is er ruimte om vragen te stellen | Ja, ‘Vragen uit de zaal’ (Pieter van"
          + " der Laan en Naima el Haddouti) is van 13:10 tot 13:30.",
      "tune9-schuldenwerk.json | mag ik vragen stellen in de chat | Ja, uit de beschrijving van ‘Welkom en"
          + " inleiding’: Host Noor Hendriks opent de sessie, legt uit hoe Teams werkt (microfoon uit, vragen in de"
          + " chat) en introduceert de sprekers.",
      "tune13-leergang.json | kunnen we vragen stellen aan de gastspreker | Ja, uit de beschrijving van"
          + " ‘Gastcollege: Schulden en het brein’: De laatste tien minuten zijn voor vragen uit de zaal.",
      "tune8-inwerkdag.json | wat was het vorige onderdeel | Net afgelopen: de koffiepauze, 10:30–10:50.",
      "tune8-inwerkdag.json | wie sprak er net | Bij ‘Presentatie 5: Sociale Wijkteams’ (10:15–10:30) spreken"
          + " Lotte van den Berg (teamleider Sociale Wijkteams, gemeente Deventer) en Mohamed el Ouali (wijkcoach,"
          + " Stichting Sociale Wijkteams Deventer).",
      "tune8-inwerkdag.json | sorry ben te laat, wat heb ik gemist | Voor nu (11:10): / • de ontvangst met"
          + " koffie en thee, 08:45–09:00 / • ‘Welkom door de manager Sociaal Domein’ (Hanneke Wolters en Priscilla"
          + " Haverkamp), 09:00–09:15 / • ‘Presentatie 1: Werk en Inkomen’ (Gerrit-Jan Kamphuis), 09:15–09:30 / •"
          + " ‘Presentatie 2: Wmo en Maatschappelijke Ondersteuning’ (Fatima el Idrissi), 09:30–09:45 / •"
          + " ‘Presentatie 3: Jeugd en Gezin’ (Marieke van 't Zand), 09:45–10:00 / • ‘Presentatie 4: Schulden en"
          + " Armoede’ (Erik ter Haar), 10:00–10:15 / • ‘Presentatie 5: Sociale Wijkteams’ (Lotte van den Berg en"
          + " Mohamed el Ouali), 10:15–10:30 / • de koffiepauze, 10:30–10:50 / • keuze uit ‘Rondleiding door het"
          + " stadhuis (groep A)’ (Henk Mulder) en ‘Systemen en dossiervoering (groep B)’ (Sevda Yilmaz), 10:50–11:35",
      "tune14-leernetwerk.json | hoe laat begint het leernetwerk | Het programma begint om 14:00 met"
          + " ‘Welkom en check-in’ (Lotte Wijnberg); de digitale inloop (Thijs van 't Zand) is vanaf 13:50.",
      "tune14-leernetwerk.json | hoe lang duurt de bijeenkomst | Het programma duurt 90 minuten (1,5 uur),"
          + " van 14:00 tot 15:30; de digitale inloop (Thijs van 't Zand) is vanaf 13:50 en ‘Napraten voor wie wil’"
          + " duurt tot 15:45.",
      "tune14-leernetwerk.json | duurt de bijeenkomst anderhalf uur | Ja, het programma duurt 90 minuten"
          + " (1,5 uur), van 14:00 tot 15:30; de digitale inloop (Thijs van 't Zand) is vanaf 13:50 en ‘Napraten"
          + " voor wie wil’ duurt tot 15:45.",
      "tune14-leernetwerk.json | begint het om 14:00 | Nee, het programma begint om 13:50 met de digitale"
          + " inloop (Thijs van 't Zand); om 14:00 begint ‘Welkom en check-in’ (Lotte Wijnberg).",
      "tune5-bewonersavond.json | om hoe laat gaat het programma echt van start | Het programma begint om"
          + " 19:00 met ‘Welkom en uitleg over de avond’ (Annelies Wolters); de inloop met koffie en thee is vanaf"
          + " 18:30.",
      "tune14-leernetwerk.json | wanneer is de volgende bijeenkomst | Uit de beschrijving van ‘Afsluiting"
          + " en vooruitblik’: Lotte Wijnberg maakt de uitslag van de peiling bekend en noemt de datum van de"
          + " volgende bijeenkomst: donderdag 11 juni 2026.",
      "tune14-leernetwerk.json | wanneer is de volgende keer | Uit de beschrijving van ‘Afsluiting en"
          + " vooruitblik’: Lotte Wijnberg maakt de uitslag van de peiling bekend en noemt de datum van de volgende"
          + " bijeenkomst: donderdag 11 juni 2026.",
      "tune14-werkconferentie.json | wie is de stadsdichter | Bij ‘Afsluiting met spoken word’"
          + " (15:50–16:15) spreekt Rosa Tielemans (spoken word-artiest en stadsdichter van Tiel).",
      "tune14-werkconferentie.json | wie komt er namens de HAN | Bij ‘Keynote: de wijk als vertrekpunt’"
          + " (09:45–10:20) spreekt Esther van Dongen (lector Sociale Veerkracht, Hogeschool Arnhem en Nijmegen"
          + " (HAN)).",
      "tune14-beweegdag.json | waar kan ik dansen | ‘Dansen op muziek van vroeger’ (Yvonne Bakker) (25"
          + " minuten, ergens tussen 10:30 en 11:00) is in Veld 4. / ‘Dansen op muziek van vroeger’ (Yvonne Bakker)"
          + " (25 minuten, ergens tussen 11:00 en 11:30) is in Veld 4. / ‘Dansen op muziek van vroeger’ (Yvonne"
          + " Bakker) (25 minuten, ergens tussen 13:00 en 13:30) is in Veld 4.",
      "tune14-beweegdag.json | wie doet de warmingup | Bij ‘Warming-up voor iedereen’ (10:10–10:30)"
          + " spreekt Tom Verhoef (buurtsportcoach 55+, Sportservice Barneveld).",
      "tune14-leernetwerk.json | wie is de co-host | Bij de digitale inloop (13:50–14:00) spreekt Thijs"
          + " van 't Zand (communicatieadviseur en co-host, Regionaal Werkbedrijf Twente). / Bij"
          + " ‘Mentimeter-peiling’ (15:20–15:25) spreekt Thijs van 't Zand (communicatieadviseur en co-host,"
          + " Regionaal Werkbedrijf Twente).",
      "tune14-werkconferentie.json | is er ook een kiesblok D | Nee, ‘kiesblok d’ staat niet in het"
          + " programma.",
      "tune13-excursie.json | is er ook een rondleiding voor groep C | Nee, groep C staat niet in het"
          + " programma.",
      "tune14-werkconferentie.json | wanneer is de eerste ronde van de open space | ‘Open space ronde 1’"
          + " (Mirte Roelofs) is van 13:45 tot 14:30, in Rijnzaal.",
      "tune14-beweegdag.json | wat is het langste onderdeel als je de infokramen niet meetelt | Zonder"
          + " ‘informatiekramen’: de lunch met soep, 45 minuten, in Kantine, 12:15–13:00.",
      "tune14-beweegdag.json | waar staan de infokramen | ‘Informatiekramen’ (10:00–14:00) is in Kantine.",
      "tune14-beweegdag.json | van welke club komt Gerrit Hoogland | Gerrit Hoogland is trainer walking"
          + " football bij vv Veluwe Vooruit. Op het programma: ‘Walking football’ (25 minuten, ergens tussen 10:30"
          + " en 11:00), ‘Walking football’ (25 minuten, ergens tussen 11:00 en 11:30) en ‘Walking football’ (25"
          + " minuten, ergens tussen 13:00 en 13:30).",
      "tune14-werkconferentie.json | is de open space in de Waalzaal | Nee, ‘Open space: uitleg en"
          + " agendamarkt’ (Mirte Roelofs, 13:15–13:45) is in Rijnzaal, ‘Open space ronde 1’ (Mirte Roelofs,"
          + " 13:45–14:30) is in Rijnzaal en ‘Open space ronde 2’ (Mirte Roelofs, 14:45–15:30) is in Rijnzaal.",
      "tune14-leernetwerk.json | wat eindigt er om 14:40 | Om 14:40: ‘Casus 2: interne jobcoaching in een"
          + " schoonmaakteam in de zorg’ (Naima Bouzid), in Teams: hoofdruimte, 14:25–14:40.",
      "tune14-beweegdag.json | wanneer is de laatste kans voor valpreventie | ‘Valpreventie: stevig op je"
          + " benen’ (Ellen Jansen) duurt 25 minuten en valt tussen 13:00 en 13:30; hoe laat precies staat niet in"
          + " het programma, in Veld 3.",
      "tune14-beweegdag.json | wat gaat er aan de warming-up vooraf | Voor ‘Warming-up voor iedereen’: / •"
          + " de ontvangst met koffie en thee, in Kantine, 09:30–10:00 / • ‘Opening door de wethouder’ (Jolanda de"
          + " Bruijn-Kok), in Veld 2, 10:00–10:10",
      "tune13-festival.json | hoeveel plekken zijn er bij de kookworkshop | Uit de beschrijving van ‘Samen"
          + " koken, samen eten’: Maximaal 20 deelnemers; vol is vol.",
      "tune13-festival.json | hoeveel mensen kunnen meedoen aan de kookworkshop | Uit de beschrijving van"
          + " ‘Samen koken, samen eten’: Maximaal 20 deelnemers; vol is vol.",
      "tune13-festival.json | hoeveel bezoekers worden er verwacht | Hoeveel mensen er komen of mee kunnen"
          + " doen, staat niet in het programma.",
      "tune14-werkconferentie.json | hoeveel mensen passen er in een kiesblok | Hoeveel mensen er komen of"
          + " mee kunnen doen, staat niet in het programma.",
      "tune14-beweegdag.json | heb ik een danspartner nodig | Nee, uit de beschrijving van ‘Dansen op"
          + " muziek van vroeger’: U hoeft geen danspartner mee te nemen.",
      "tune14-werkconferentie.json | moet ik me vooraf inschrijven voor een kiesblok | Ja, op het"
          + " programma: keuze uit ‘Kiesblok A: schulden vroeg in beeld’ (Dennis van den Berg), in Zaal Linge,"
          + " ‘Kiesblok B: wonen, zorg en de wijk’ (Priscilla Amankwah en Joost Verhoeven), in Zaal Lek en ‘Kiesblok"
          + " C: jeugd, van wachtlijst naar wijkaanpak’ (Lieke Hermsen), in Zaal Maas, 11:15–12:15.",
      "tune10-vrijwilligers.json | waar is Studio 3 | ‘studio 3’ staat niet in het programma; daar kan ik"
          + " dus niets over zeggen.",
      // the most or fewest places by the number each description gives, a session given twice once
      "tune35-ict-training.json | welk lab heeft de meeste plaatsen? | Volgens de beschrijvingen de meeste"
          + " plaatsen: ‘Lab: Phishing herkennen en melden’ (24 plaatsen).",
      "tune35-ict-training.json | welk lab heeft de minste plaatsen? | Volgens de beschrijvingen de minste"
          + " plaatsen: ‘Lab: AI-assistenten verantwoord gebruiken’ (12 plaatsen).",
      // an evening past midnight: it starts and ends where the evening does, and its hours are the evening's
      "tune35-museumnacht.json | hoe laat begint het programma? | Het programma begint om 19:00 met ‘Opening"
          + " Museumnacht’ (Eva Lammers, Ingrid van der Veen en Bart ten Hove, 25 minuten).",
      "tune35-museumnacht.json | welke rondleidingen zijn er nog na half elf? | Vanaf 22:30: ‘Rondleiding: Het"
          + " Gasthuis in het donker’ (Mohamed El Amrani), in Hal, 23:00–23:45.",
      // a yes/no on a word only a numbered line has, when nothing else is named: yes, and that line
      "tune36-sollicitatiedag.json | zoekt er een bedrijf heftruckchauffeurs? | Ja, uit de beschrijving van"
          + " ‘Speedinterviews met werkgevers’: Tafel 3: Hanzeport Logistiek, orderpickers en heftruckchauffeurs.",
      // a plural that names a session only as its title's compound end: the number a description gives
      "tune36-bewonersconferentie.json | hoeveel woningen worden er gerenoveerd? | 640 woningen, volgens de"
          + " beschrijving van de dag: Woonstichting Nieuw Thuis wil de komende jaren 640 huurwoningen in Zevenhuizen"
          + " renoveren. / Uit de beschrijving van ‘Rondleiding proefwoning’: Bekijk een woning die al helemaal"
          + " gerenoveerd is.",
      // registering in another word than the description's: "opgeven" where it says "Aanmelden is niet nodig"
      "tune36-repaircafe.json | moet ik me opgeven voor band plakken? | Nee, uit de beschrijving van ‘Workshop band"
          + " plakken’: Aanmelden is niet nodig.",
      // places per group: the sentence with the word asked, before the day's total
      "tune35-kookstudio.json | hoeveel plaatsen zijn er per groep? | Uit de beschrijving van ‘Workshop Fermenteren"
          + " en inmaken’: Per groep zijn er 12 plaatsen.",
      "tune35-kookstudio.json | hoeveel plaatsen zijn er in totaal? | Uit de beschrijving van de dag: Deelname is"
          + " gratis; aanmelden is verplicht en er zijn 36 plaatsen.",
      // a part of the day no session is, which a description has in the question's word
      "tune35-ict-training.json | is er na afloop een drankje? | Ja, uit de beschrijving van ‘Afsluiting en"
          + " uitreiking certificaten’: Na de afsluiting staat er een drankje klaar in de Foyer."})
  @DisplayName("the reply is worked out from the programme")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
