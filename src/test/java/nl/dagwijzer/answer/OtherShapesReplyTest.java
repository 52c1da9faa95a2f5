package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on days of shapes the first days did not have (lessons at a circus school, a harbour's nine boat
 * tours, a beekeepers' day's inspections at set times): words as such days use them.
 */
@DisplayName("Lessons, times of a session given many times, ages, prices and spellings on days of other shapes")
final class OtherShapesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // trial lessons are the workshops where the programme speaks of lessons but no title says "les"
      "tune48-circusschool | welke proeflessen zijn er om 14:30 | Om 14:30: keuze uit ‘Acrobatiek (4-6 jaar)’"
          + " (Ramon Sluiter), in Piste en ‘Eenwieler (7-10 jaar)’ (Mirthe Claassen), in Trainingshal, 14:30–15:15.",
      // a dance show's make-up workshop is no lesson: the programme never speaks of one
      "tune45-dansschool | welke lessen zijn er | Er zijn geen lessen: die staan niet in het programma. Het"
          + " programma eindigt om 22:30 met ‘Proosten in de foyer’ (Mirjam van den Berg).",
      // titles that say "proefles" are the lessons, not the instrument carousel (a workshop on then too)
      "tune41-muziekschool | welke proeflessen zijn er om 11:00 | Om 11:00: ‘Proefles gitaar’ (Joris de Wit), in"
          + " Studio 2, 10:30–11:15.",
      // "stoppen om" is when they end
      "tune49-kasteeldag | welke dingen stoppen al om 16:00 | Om 16:00: / • ‘Kinderspeurtocht: de verdwenen"
          + " kroon’, in Start bij de kassa, 10:00–16:00 / • ‘Boogschieten voor kinderen’ (Mila Jansen), in Boomgaard,"
          + " 10:30–16:00",
      // a teenage son of 15: his age, not a clock time
      "tune49-schapenscheerdag | wat kan mijn tienerzoon van 15 doen aan workshops | Op het programma: / •"
          + " ‘Workshop wol spinnen’ (Wilma Zuidema), in Wolkamer op de zolder, 11:00–12:30 / • ‘Workshop wol"
          + " spinnen’ (Wilma Zuidema), in Wolkamer op de zolder, 13:30–15:00 / • ‘Workshop naaldvilten’ (Lieke"
          + " Dijkstra), in Deel, 14:00–15:30",
      // "ik met 15" going somewhere is the asker's age; "met 3 vrienden" is company
      "tune43-koningsdag | mag ik met 15 naar het oranjebal | Nee, uit de beschrijving van ‘Oranjebal’: Toegang"
          + " vanaf 16 jaar; neem je ID mee.",
      "tune43-koningsdag | kan ik met 3 vrienden naar het oranjebal | Ja, ‘Oranjebal’ (Bram van der Veen) is van"
          + " 20:00 tot 23:30, in Dorpshuis De Schakel. / Uit de beschrijving van ‘Oranjebal’: Het grote Oranjebal"
          + " met DJ Bram in het dorpshuis.",
      // nine boat tours: one line with every time, not eight lines and "nog 1 meer"
      "tune50-havendag | wanneer zijn de rondvaarten | ‘Rondvaart door de haven’, in Steiger 3, Zuiderhaven:"
          + " 10:00–10:40, 10:45–11:25, 11:30–12:10, 12:15–12:55, 13:00–13:40, 13:45–14:25, 14:30–15:10, 15:15–15:55 en"
          + " 16:00–16:40.",
      // the one of the series at the time asked
      "tune50-imkerdag | begint er om 15:00 een kastinspectie | Ja, ‘Kastinspectie’ (Fatima El Amrani) is van 15:00"
          + " tot 15:45, in Bijenstal.",
      // none after the time asked: the ones nearest it, not the first of the day
      "tune50-imkerdag | is er na 16:00 nog een kastinspectie | Nee, vanaf 16:00 niet: ‘Kastinspectie’ (Gerrit"
          + " Visser) is van 13:30 tot 14:15, in Bijenstal en ‘Kastinspectie’ (Fatima El Amrani) is van 15:00 tot"
          + " 15:45, in Bijenstal.",
      // "Minimumleeftijd 12 jaar" is a lower bound, whatever else the sentence says of children up to 16
      "tune50-imkerdag | mag mijn zoon van 10 mee met de kastinspectie | Nee, uit de beschrijving van ‘Kastinspectie’:"
          + " Minimumleeftijd 12 jaar; kinderen tot 16 jaar alleen onder begeleiding van een volwassene.",
      // a desk is open all its hour: at half past nine one can still sign up ("half 10" is no number of things)
      "tune50-fotomarathon | kan ik me om half 10 nog inschrijven | Ja, ‘Inschrijving en ophalen themakaart’ is van"
          + " 09:00 tot 10:00, in Hal begane grond. / Uit de beschrijving van ‘Inschrijving en ophalen themakaart’:"
          + " Schrijf je in of meld je aan als je al vooraf bent ingeschreven, en haal je themakaart met"
          + " deelnemersnummer op.",
      // "kan ik gaan kijken" asks whether one may come, which a closed session's description denies
      "tune50-fotomarathon | kan ik bij het juryberaad gaan kijken | Nee, niet zomaar: uit de beschrijving van"
          + " ‘Juryberaad’: Besloten: niet toegankelijk voor publiek.",
      // "y" typed for "ij" is the programme's name ("Zijlstra"), and "ck" for "k" a slip of it: that person
      "tune47-regatta | wie is hendrick zylstra | Hendrik Zijlstra is wedstrijdleider bij WSV Meerwind. Op het"
          + " programma: ‘Schippersbriefing’ (09:15–09:45), ‘Valk race 1’ (10:00–11:00), ‘Laser race 1’ (10:10–11:00),"
          + " ‘Valk race 2’ (11:15–12:15), ‘Laser race 2’ (11:25–12:15), ‘Valk race 3’ (13:45–14:45), ‘Laser race 3’"
          + " (13:55–14:45) en ‘Prijsuitreiking’ (16:30–17:15).",
      // the programme writes "High tea" apart
      "tune49-kasteeldag | wat kost hightea | Uit de beschrijving van de theeschenkerij: High tea €24,50 per"
          + " persoon, alleen op reservering aan de kassa.",
      // the session's own price, though it does not say "kinderen"
      "tune50-imkerdag | wat kost kaarsen rollen voor mijn kinderen | Uit de beschrijving van ‘Kaarsen rollen van"
          + " bijenwas’: €2,50 per kaars, inclusief lont en wasplaat.",
      // a session's word and, last, what no text has: that kind of session is not there
      "tune50-imkerdag | is er een demonstratie koninginnenteelt | Nee, dat staat niet in het programma: over"
          + " ‘koninginnenteelt’ zegt het niets. Op het programma: / • ‘Demonstratie honing slingeren’ (Wim Bakker),"
          + " in Slingerschuur, 11:00–11:45 / • ‘Demonstratie honing slingeren’ (Wim Bakker), in Slingerschuur,"
          + " 14:00–14:45",
      // the verb right after "mag ik" is what is asked, which no text says; not whether the garden walk is there
      "tune49-kasteeldag | mag ik picknicken in de tuin | Dat staat niet in het programma: over ‘picknicken’ zegt het"
          + " niets. ‘Tuinwandeling met de hoofdtuinier’ (Gijs de Laat) is van 12:00 tot 13:00, in Start bij de"
          + " zonnewijzer.",
      // the place one room gives after its comma is also the last word of another room's name
      "tune50-havendag | wat is er op het havenplein | Op het programma: / • ‘Welkom door de havenmeester’ (Jelle"
          + " Hoekstra), in Podium Havenplein, 10:00–10:15 / • ‘Knopen leggen voor kinderen’ (Bert Tromp), in Tent"
          + " Kinderwerf, Havenplein, 11:00–12:30 / • ‘Optreden shantykoor De Waddenzangers’ (Anke Postma), in Podium"
          + " Havenplein, 13:00–13:45 / • ‘Knopen leggen voor kinderen’ (Bert Tromp), in Tent Kinderwerf, Havenplein,"
          + " 13:30–15:00 / • de havenborrel, in Podium Havenplein, 16:30–17:00",
      // how many in a team, in small numbers written as words; room for so many children
      "tune29-taalcafe | met hoeveel mensen zit je in een quizteam | Uit de beschrijving van ‘Taalquiz: Hoe goed ken"
          + " jij Amersfoort?’: Je speelt in teams van vier: twee deelnemers en twee taalmaatjes.",
      "tune37-voorleesfeest | hoeveel kinderen kunnen er bij het peutervoorlezen | Uit de beschrijving van"
          + " ‘Peutervoorlezen’: Aanmelden is niet nodig; er is plek voor 20 kinderen per keer, vol is vol.",
      // a team's size is no number of people who come
      "tune15-hackathon | hoeveel deelnemers komen er | Hoeveel mensen er komen of mee kunnen doen, staat niet in het"
          + " programma.",
      // of her three sessions, the one whose texts say she signs
      "tune48-stripfestival | signeert marjolein brink ook 's middags | Nee, in de middag niet: ‘Signeersessie"
          + " Marjolein Brink’ (Marjolein Brink) is van 10:30 tot 12:00, in Burgerzaal, tafel 1.",
      // twelve conductors of twelve choirs: all names in one sentence, not eight lines and "nog 4 meer"
      "tune39-korenfestival | welke dirigenten zijn er vandaag | Dirigenten (12): Lotte van Dijk (Kinderkoor De"
          + " Zingertjes), Peter de Graaf (Shantykoor De Zuiderzeezangers), Anouk Visser (Popkoor Vocal Vibes), Ruud"
          + " Kramer (Kamerkoor Cantabile), Sanne Bakker (Vocaal Ensemble Vivace), Fatima El Amrani (Gospelkoor"
          + " Joyful Noise), Wim Schouten (Mannenkoor Westfriesland), Bas de Boer (Projectkoor Hoorn Zingt), Marieke"
          + " Hoekstra (Vrouwenkoor Belcanto), Joke van den Heuvel (Seniorenkoor De Zilveren Stemmen), Daan Verhoeven"
          + " (Jongerenkoor Young Voices Enkhuizen) en Gerrit Jan van den Berg (Stichting Westfries Korenfestival).",
      // the places of each time added up: nine tours of 60 passengers, four inspections of 8
      "tune50-havendag | hoeveel mensen kunnen er vandaag in totaal mee met de rondvaarten | Samen 540: ‘Rondvaart"
          + " door de haven’ is er 9 keer, met elk 60.",
      "tune50-imkerdag | hoeveel mensen kunnen er vandaag in totaal mee met een kastinspectie | Samen 32:"
          + " ‘Kastinspectie’ is er 4 keer, met elk 8.",
      // the tour's boat is the tour: not at 11:00, but the ones nearest it
      "tune50-havendag | vertrekt er om 11:00 een rondvaartboot | Nee, ‘Rondvaart door de haven’ is van 10:45 tot"
          + " 11:25, in Steiger 3, Zuiderhaven en ‘Rondvaart door de haven’ is van 11:30 tot 12:10, in Steiger 3,"
          + " Zuiderhaven.",
      // a participle is the activity a title names in "-ing"
      "tune47-ijsbaan | waar wordt er gecurld | ‘Curlingclinic in teams’ (Wim Hoekstra en Esther ten Hove)"
          + " (13:00–14:30) is in Curlingbaan.",
      "tune48-stripfestival | door wie wordt het festival geopend | Bij ‘Officiële opening’ (10:00–10:15) spreken"
          + " Hanneke Vos (wethouder Cultuur, gemeente Amersfoort) en Joost Verbeek (festivaldirecteur, Stichting"
          + " Beeldverhaal Amersfoort).",
      // which sessions treat a word: all whose texts have it, not only the one an alias names by it
      "tune50-imkerdag | welke onderdelen gaan over bijenziekten | Op het programma: / • ‘Lezing over bijenziekten’"
          + " (Ingrid Vos), in Leslokaal, 13:15–14:00 / • ‘Vragenronde bijenziekten’ (Ingrid Vos en Henk Brouwer), in"
          + " Leslokaal, 14:00–14:20",
      // "demo" for the "Demonstratie ..." the titles write out
      "tune33-brandweer | wat is de laatste demo van de dag | Op het programma: ‘Demonstratie beknelling: bevrijden"
          + " uit een auto’ (Youssef El Amrani), in Oefenterrein, 15:00–15:30.",
      // a word of one title joined to a kind ("praatje") is that session
      "tune42-tuinendag | waar gaat het bijenpraatje over | ‘Lezing: bijen in je tuin’ (Wim Kuijpers), 13:30–14:15,"
          + " in Veldweg 3: Imker Wim Kuijpers vertelt over honingbijen en wilde bijen en over de planten waarmee je ze in"
          + " je eigen tuin helpt. / Aan bod komen: / • Hij neemt een observatiekast met levende bijen mee. / • Er zijn"
          + " 40 stoelen; vol is vol. / • Na afloop is er honing te koop voor €5 per pot.",
      // a compound is a kind of its last part: a "knopendiploma" is a diploma (of a session given twice)
      "tune50-havendag | krijgen de kinderen een diploma bij het knopen leggen | Ja, uit de beschrijving van ‘Knopen"
          + " leggen voor kinderen’: Elk kind krijgt een knopendiploma.",
      // a demonstration given at several times has the same sentence each time: still one sentence
      "tune49-schapenscheerdag | mag je na de demonstratie de vacht voelen | Ja, uit de beschrijving van"
          + " ‘Scheerdemonstratie’: Na afloop mag je de verse vacht voelen",
      // ... also when the question names no session: "een herinneringsmedaille" is a medal
      "tune47-regatta | krijgen alle jeugdzeilers een medaille | Ja, uit de beschrijving van ‘Prijsuitreiking’: Elke"
          + " jeugdzeiler krijgt een herinneringsmedaille. / Uit de beschrijving van ‘Juniorenrace’: Race voor"
          + " jeugdzeilers van 12 tot en met 17 jaar in clubboten van het type RS Feva, met 2 zeilers per boot.",
      // a floor is a place, whatever runs now, also where the rooms' names write it in figures ("2e verdieping")
      "tune50-fotomarathon | wat is er op de tweede verdieping | Op het programma: ‘Workshop portretfotografie’"
          + " (Youssef Amrani), in Fotostudio, 2e verdieping, 13:00–14:30.",
      // the word after a hyphen in titles ("Catan-toernooi ronde 1", "Carcassonne-toernooi finale") is a series
      "tune51-spellenfestival | welke toernooien zijn er | Op het programma: / • ‘Catan-toernooi ronde 1’ (Sven"
          + " Kuipers), in Toernooizaal, 10:30–11:30 / • ‘Catan-toernooi ronde 2’ (Sven Kuipers), in Toernooizaal,"
          + " 11:45–12:45 / • ‘Catan-toernooi ronde 3’ (Sven Kuipers), in Toernooizaal, 13:00–14:00 / •"
          + " ‘Carcassonne-toernooi voorronde’ (Mirte Jansen), in Zaal 4, 13:00–15:30 / • ‘Catan-toernooi finale’ (Sven"
          + " Kuipers), in Toernooizaal, 15:00–16:30 / • ‘Carcassonne-toernooi finale’ (Mirte Jansen), in"
          + " Toernooizaal, 17:00–18:00",
      // ... of which "het Catan-toernooi" is the narrower series, not both tournaments
      "tune51-spellenfestival | mag mijn zoon van 11 meedoen met het catan-toernooi | Nee, uit de beschrijving van"
          + " ‘Catan-toernooi ronde 1’: Vanaf 12 jaar.",
      // ... and counted by the words before the hyphen: two tournaments of several rounds
      "tune51-spellenfestival | hoeveel toernooien zijn er | Er zijn 2 toernooien: het Catan-toernooi (4 onderdelen,"
          + " 10:30–16:30) en het Carcassonne-toernooi (2 onderdelen, 13:00–18:00).",
      // the word as asked ("rolstoel") when no sentence has it so: the plural of each time's same sentence
      "tune50-havendag | kan ik met een rolstoel mee op de rondvaart | Ja, uit de beschrijving van ‘Rondvaart door de"
          + " haven’: Er is plaats voor 2 rolstoelen per vaart.",
      "tune51-kasteeldag | kan ik met de kinderwagen mee op de rondleiding | Nee, uit de beschrijving van ‘Rondleiding"
          + " door het kasteel’: Niet toegankelijk voor rolstoelen en kinderwagens: 84 traptreden naar de torenkamer.",
      // still open then: the corner's own hours, not the times its description lists for something in it
      "tune27-festival | is de gebarentaalhoek om half zes nog open | Nee, om 17:30 niet: ‘Gebarentaalhoek: leer je"
          + " eerste gebaren’ (Ingrid Mulder) is van 12:30 tot 17:00, in Gebarentaalhoek.",
      // free or not for the age asked: the clause of the price sentence for that age
      "tune48-stripfestival | mogen kinderen onder de 4 gratis naar binnen | Ja, uit de beschrijving van de dag:"
          + " Entree: dagkaart € 12,50 (online in de voorverkoop € 10), kinderen van 4 tot en met 12 jaar € 5, kinderen"
          + " onder de 4 gratis; wie in cosplay komt betaalt € 7,50.",
      "tune51-schaapscheerdersfeest | moet mijn kind van 9 betalen | Nee, uit de beschrijving van de dag: Toegang:"
          + " volwassenen €7,50, kinderen tot 12 jaar gratis.",
      // of two compared, an ordinal picks among the sessions of the name after it, not among both together
      "tune49-kasteeldag | wat komt later, de vragenronde of de tweede valkenshow | Op het programma: ‘Valkenshow’"
          + " (Ruud Verbeek), in Kasteelweide, 14:00–14:30.",
      "tune51-molendag | wat begint later, de tweede fietstocht of de derde rondleiding | Op het programma:"
          + " ‘Rondleiding in de windmolen’ (Wim Kooistra), in Korenmolen De Hoop, 13:30–14:15.",
      // "molens" is one word of the organiser "Stichting Molens Kerkwoude": it does not empty the lecture named
      "tune51-molendag | hoe laat begint de lezing over de geschiedenis van de molens | ‘Lezing: vier eeuwen molens in"
          + " Kerkwoude’ (Marijke Overdijk) is van 11:00 tot 11:45, in Schuur van De Hoop.",
      // a compound with a part of the day the texts themselves use is that word, not "a ticket in the evening"
      "tune51-spellenfestival | wat kost een avondkaart | Uit de beschrijving van ‘Kassa en infobalie’: Avondkaart,"
          + " geldig vanaf 18:00: €8,00.",
      "tune48-molendag | hoeveel kilometer is de middagroute | Uit de beschrijving van ‘Molenfietstocht met gids’:"
          + " Middagroute, 21 km: De Hoop – De Zwaluw – Aeolus – De Hoop.",
      // the latest time to still do it, as the description sets it before the session ends
      "tune47-ijsbaan | tot hoe laat kan ik schaatsen huren | Uit de beschrijving van ‘Schaatsverhuur’: Laatste"
          + " verhuur om 22:00.",
      // a verb of doing asks the latest time as "kan" does; "sluit om" sets it too; a start asked is no latest time
      "tune41-repaircafe | tot hoe laat nemen ze elektronica aan | Uit de beschrijving van ‘Reparatietafel"
          + " elektronica’: De laatste reparatie wordt om 15:00 aangenomen.",
      "tune40-pitchdag | tot hoe laat kan ik stemmen | Uit de beschrijving van de pauze en publieksstemming: De"
          + " publieksstemming in de app sluit om 15:25.",
      "tune31-jubileum | begint de quiz om 16:00 | Ja, ‘Jubileumquiz: Hoe goed ken jij De Schakel?’ (Karim Ait"
          + " Haddou) is van 16:00 tot 16:45, in Theaterzaal.",
      // (and "Zr.Ms. Makkum" is no end of a sentence)
      "tune50-havendag | tot hoe laat kun je aan boord van het marineschip | Uit de beschrijving van ‘Bezoek aan"
          + " marineschip Zr.Ms. Makkum’: Laatste toegang om 16:00. / Uit de beschrijving van ‘Bezoek aan marineschip"
          + " Zr.Ms. Makkum’: Loop aan boord van de mijnenjager Zr.Ms. Makkum van de Koninklijke Marine.",
      // the last of a ride that leaves every half hour, as its description gives it
      "tune49-schapenscheerdag | hoe laat gaat de laatste trekkertocht | Uit de beschrijving van ‘Trekkertocht rond de"
          + " boerderij’: Vertrek elk half uur vanaf het erf; de eerste rit om 10:30, de laatste om 15:30.",
      // a person asked of a session someone else gives: that session, with who gives it, before the person's own
      "tune33-brandweer | doet Sanne de Wit de beknelling | Nee, dat staat niet in het programma. Wel: ‘Demonstratie"
          + " beknelling: bevrijden uit een auto’ (Youssef El Amrani) is van 11:00 tot 11:30, in Oefenterrein,"
          + " ‘Demonstratie beknelling: bevrijden uit een auto’ (Youssef El Amrani) is van 12:45 tot 13:15, in"
          + " Oefenterrein en ‘Demonstratie autobrand’ (Sanne de Wit) is van 10:30 tot 10:50, in Oefenterrein (en nog 3"
          + " meer).",
      // what runs alongside the session named by the most words ("workshop", "eigen"), not the game library ("spel")
      "tune51-spellenfestival | wat is er tegelijk met de workshop eigen spel | Tijdens ‘Workshop: je eigen spel in één"
          + " uur’: / • ‘Kassa en infobalie’, in Entree, 09:30–20:00 / • ‘Tweedehands spellenmarkt’, in Hal C,"
          + " 10:00–16:00 / • ‘Kinderspelhoek’ (Jolien Mertens), in Kinderhoek, 10:00–18:00 / • ‘Spellenbibliotheek:"
          + " vrij spelen’, in Hal A, 10:00–23:00 / • ‘Prototypehoek’, in Hal B, 11:00–18:00 / • de foodplein, in"
          + " Foodplein, 11:30–20:00 / • ‘Catan-toernooi ronde 3’ (Sven Kuipers), in Toernooizaal, 13:00–14:00 / •"
          + " ‘Carcassonne-toernooi voorronde’ (Mirte Jansen), in Zaal 4, 13:00–15:30",
      // a kind of the day joined to a word no text of those sessions has: not there, and what there is
      "tune51-molendag | is er ook een kaasmarkt | Nee, een kaasmarkt staat niet op het programma. Wel:"
          + " ‘Watermolen Den Haller open’ (10:00–16:00) en ‘Molenwinkel: meel en brood’ (10:00–17:00).",
      // "al dicht om 14:30": those that ended by then, not those still open then
      "tune42-tuinendag | welke tuinen zijn er al dicht om 14:30 | Voor 14:30: / • ‘Japanse tuin Van 't Hoog’ (Marco"
          + " van 't Hoog), in Achterste Hoef 15, 10:00–13:00 / • ‘Schooltuin De Vlinder’ (Ineke van Dijk), in"
          + " Schoolstraat 9, 10:00–14:00",
      // what belongs to one session: every session whose title has its whole title
      "tune40-hardloopdag | welke onderdelen horen bij de halve marathon | Op het programma: / • ‘Warming-up halve"
          + " marathon’ (Bram van 't Hof), in Podium IJsselkade, 10:40–10:55 / • ‘Halve marathon’ (Nienke Bakhuis), in"
          + " Start IJsselkade, 11:00–14:00 / • ‘Prijsuitreiking halve marathon’ (Ingrid Mulder en Nienke Bakhuis), in"
          + " Podium IJsselkade, 13:00–13:20 / Uit de beschrijving van ‘Prijsuitreiking halve marathon’: Wethouder"
          + " Ingrid Mulder en Nienke Bakhuis huldigen de winnaars van de halve marathon.",
      // a separable verb's participle ("uitgereikt") as the activity the texts name ("Prijsuitreiking")
      "tune42-tuinendag | hoe laat worden de prijzen van de speurtocht uitgereikt | ‘Kinderspeurtocht: zoek de"
          + " tuinkabouters’ (Lotte Maas) duurt 60 minuten (1 uur) en valt tussen 10:00 en 15:00; hoe laat precies staat"
          + " niet in het programma, in Schoolstraat 9. / ‘Prijsuitreiking kinderspeurtocht’ (Lotte Maas en Piet"
          + " Schellekens) is van 15:30 tot 15:50, in Dorpshuis De Pompe, Hoogstraat 12.",
      // what the day ends with is its closing, not the whole day listed
      "tune51-molendag | waarmee eindigt de dag | Op het programma: ‘De wieken in de vreugdestand’ (Gerrit Blaauw en"
          + " Annelies Voorthuis), in Erf van De Hoop, 16:40–17:00."})
  @DisplayName("answers in that day's own words")
  void reply(String day, String question, String expected) {
    // given that day at 11:10, when asked, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("\"en die daarna?\" after the next of a session given many times is the one after it")
  void nextOfTheSame() {
    // given the beekeepers' day at 12:40, when asked for the next inspection and then "en die daarna"
    String reply = replyAt(java.time.LocalTime.of(12, 40), "tune50-imkerdag.json", "wanneer is de volgende kastinspectie",
        "en die daarna");
    // then the inspection after the next one, not what comes after now
    assertThat(reply).isEqualTo("‘Kastinspectie’ (Fatima El Amrani) is van 15:00 tot 15:45, in Bijenstal.");
  }

  @ParameterizedTest(name = "{0} at {1}: \"{2}\"")
  @CsvSource(delimiter = '|', value = {
      // what ended last: both that ended at 14:30, the long round too, not the day's end
      "tune50-fotomarathon | 14:35 | wat is er net afgelopen | Net afgelopen: / • ‘Ronde 2: Haarlem in beweging’, in"
          + " Binnenstad Haarlem, 12:00–14:30 / • ‘Workshop portretfotografie’ (Youssef Amrani), in Fotostudio, 2e"
          + " verdieping, 13:00–14:30"})
  @DisplayName("answers at the time it is asked")
  void replyAtClock(String day, String clock, String question, String expected) {
    // given that day at that time, when asked, then the whole reply
    assertThat(replyAt(java.time.LocalTime.parse(clock), day + ".json", question)).isEqualTo(expected);
  }
}
