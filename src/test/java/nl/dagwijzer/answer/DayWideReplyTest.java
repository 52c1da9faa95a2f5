package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where the day's own text, a series of sessions or a phrase of ordinary Dutch decides the answer
 * (rows from the misses of the later tuning days).
 */
@DisplayName("The day's own sentences, series and fixed phrases")
final class DayWideReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // "toegang tot de molens" is access to them, not "until" them; the day's sentence on all the mills answers it
      "tune48-molendag | is de toegang tot de molens gratis | Ja, uit de beschrijving van de dag: Toegang tot alle"
          + " molens is gratis.",
      // what follows a dash in titles is a kind of round, of one or two words: the semi-finals, not the finals
      "tune52-danstoernooi | welke halve finales worden er gedanst | Op het programma: / • ‘Kids Latin – halve"
          + " finale’, in Hoofdvloer, 11:30–12:00 / • ‘Volwassenen Ballroom – halve finale’, in Hoofdvloer,"
          + " 13:30–14:15",
      // two series across each other: the one session in both (the hip hop final is on Vloer B)
      "tune52-danstoernooi | is de finale van de volwassenen op vloer b | Nee, ‘Volwassenen Ballroom – finale’"
          + " (15:45–16:20) is in Hoofdvloer.",
      // no session is in both series: the one whose title has both words
      "tune52-danstoernooi | wat komt er na de prijsuitreiking van de kids | Na ‘Prijsuitreiking Kids’, van 13:20"
          + " tot 13:30: ‘Prijsuitreiking Junioren’ (Samir El Idrissi).",
      // the same with the series named the other way round (what both name is of the series named last)
      "tune52-danstoernooi | hoe laat is de kids prijsuitreiking | ‘Prijsuitreiking Kids’ (Bart Oude Nijhuis) is van"
          + " 13:05 tot 13:20, in Hoofdvloer.",
      // of a contest's rounds named together, the first that gives the number (not the final's "8 beste")
      "tune52-danstoernooi | hoeveel crews doen er mee bij de junioren hiphop | Uit de beschrijving van ‘Junioren"
          + " Hiphop – voorronde’: 16 crews in 4 heats",
      // the couples in this round, not those who go on to the next
      "tune52-danstoernooi | hoeveel paren doen mee in de voorronde van de kids | Uit de beschrijving van ‘Kids"
          + " Latin – voorronde’: 24 paren in 3 heats van 8 paren",
      // the clause that brings the thing says it may not
      "tune52-trekkertrek | mag ik mijn eigen traptrekker meenemen voor de kinderklasse | Nee, uit de beschrijving"
          + " van ‘Traptrekkertrek voor kinderen’: De traptrekkers worden door de organisatie gesteld; een eigen"
          + " traptrekker meenemen mag niet.",
      // a day from 07:30 to 23:30: what runs longest, from 10:00 on, is open "de hele dag"
      "tune52-trekkertrek | wat is er de hele dag door open | Op het programma: / • ‘Oldtimertentoonstelling’ (Jan"
          + " Willem Brinkhuis), in Erf bij de boerderij, 10:00–16:00 / • ‘Machineshow van dealers’, in Machinehal,"
          + " 10:00–17:00 / • ‘Kermishoek’, in Kermishoek achter de tribune, 10:00–18:00 / • de feesttent met bar, in"
          + " Feesttent, 16:00–23:30",
      // a word of titles before the noun asked: the sessions with it in their titles, not the jury's briefing
      "tune52-danstoernooi | welke ballroom rondes zijn er vandaag | Op het programma: / • ‘Volwassenen Ballroom –"
          + " voorronde’, in Hoofdvloer, 10:30–11:30 / • ‘Senioren Ballroom – voorronde’, in Vloer B, 11:00–12:00 / •"
          + " ‘Volwassenen Ballroom – halve finale’, in Hoofdvloer, 13:30–14:15 / • ‘Senioren Ballroom – finale’, in"
          + " Hoofdvloer, 15:00–15:25 / • ‘Volwassenen Ballroom – finale’, in Hoofdvloer, 15:45–16:20",
      // "voor haar" after "mijn dochter is 8" is for the child, of her age
      "tune52-eerstehulpdag | mijn dochter is 8, is er iets voor haar | Op het programma: ‘Kinder-EHBO: pleisters,"
          + " bloedneus en 112’ (Sanne de Bruijn), in Kantine, 13:20–13:50.",
      // a price of the one session whose title has the words, though the typo names only "workshops"
      "tune50-fotomarathon | wat kost de smartphone worksop | Uit de beschrijving van ‘Workshop"
          + " smartphonefotografie’: Kosten: €7,50 per persoon.",
      // "bijwonen" is coming to it: how many may, as its description gives the places for onlookers
      "tune52-bakwedstrijd | hoeveel mensen kunnen de demonstratie bijwonen | Uit de beschrijving van ‘Demonstratie"
          + " zuurdesembrood’: Gratis; er is plek voor 25 toeschouwers, vol = vol.",
      // "mijn kleine van 3" is a child of 3, too young for "4 tot 10 jaar"
      "tune51-molendag | mag mijn kleine van 3 meedoen met het molentjes maken | Nee, uit de beschrijving van"
          + " ‘Papieren molentjes maken’: Voor kinderen van 4 tot 10 jaar.",
      // "entree", a word the day does not use, still keeps the child's age for the price of entry
      "tune51-schaapscheerdersfeest | moet mijn kind van 9 entree betalen | Nee, uit de beschrijving van de dag:"
          + " Toegang: volwassenen €7,50, kinderen tot 12 jaar gratis.",
      // the day says no price: the ticket desk's sentence for the age asked, "onder de 4 jaar gratis"
      "tune51-spellenfestival | moet mijn kind van 3 betalen | Nee, uit de beschrijving van ‘Kassa en infobalie’:"
          + " Kinderen van 4 tot en met 12 jaar: €7,50; onder de 4 jaar gratis.",
      "tune51-spellenfestival | wat kost het voor een kind van 8 | Uit de beschrijving van ‘Kassa en infobalie’:"
          + " Kinderen van 4 tot en met 12 jaar: €7,50; onder de 4 jaar gratis.",
      // the walks a day calls "tocht" in front or at the end of a name ("Familie-wadtocht"), not their briefings
      "tune54-wadlopen | welke tochten kan ik lopen vandaag | Op het programma: / • ‘Oversteek Schiermonnikoog’"
          + " (Remco Tuinstra), in Dijkovergang Paal 3, 08:00–13:30 / • ‘Tocht naar de Engelsmanplaat’ (Sjoukje"
          + " Bakker), in Parkeerplaats Zeesluis, 10:00–14:30 / • ‘Familie-wadtocht’ (Aaltje Veenstra en Hennie"
          + " Dijkhuis), in Wadpad achter het bezoekerscentrum, 11:15–13:15",
      "tune54-wadlopen | welke tocht begint het laatst | Op het programma: ‘Familie-wadtocht’ (Aaltje Veenstra en"
          + " Hennie Dijkhuis), in Wadpad achter het bezoekerscentrum, 11:15–13:15.",
      // "kan ik rijden" is what one does on a route, no word its text must have
      "tune54-mountainbikedag | welke routes kan ik rijden | Op het programma: / • ‘60 km Heuvelroute’, in"
          + " Startboog, 08:00–09:30 / • ‘40 km Bosroute’, in Startboog, 08:30–10:00 / • ‘25 km Familieroute’, in"
          + " Startboog, 09:30–11:00",
      // the day's own opening hours, which end before the members' meeting that closes the programme
      "tune54-postzegelbeurs | hoe laat sluit de beurs | Uit de beschrijving van de dag: De beurs is open van 09:30"
          + " tot 16:00; na sluiting houdt de vereniging haar algemene ledenvergadering. / Het programma loopt op"
          + " zaterdag 14 maart 2026 van 09:30 tot 17:45. Wil je de tijd van een onderdeel weten? Noem het, of een"
          + " spreker, bijvoorbeeld: ‘wanneer is de lunch?’",
      // "het toernooi" of a "Jeugdtoernooi" is the day; "is er ... een feestavond?" asks whether there is one, not
      // whether the day is held there
      "tune37-jeugdtoernooi | tot hoe laat duurt het toernooi vandaag | Het programma loopt op zaterdag 14 juni 2025"
          + " van 08:15 tot 18:00. Wil je de tijd van een onderdeel weten? Noem het, of een spreker, bijvoorbeeld:"
          + " ‘wanneer is de afsluiting met friet en limonade?’",
      "tune52-danstoernooi | is er na het toernooi nog een feestavond | Nee, ‘feestavond’ staat niet in het"
          + " programma.",
      // "wat kost het?" on a day whose own text gives no price: what taking part costs, where it is said
      "tune55-techniekdag | wat kost het om mee te doen | Uit de beschrijving van de inloop en aanmelden: Deelname kost"
          + " €5 per kind, inclusief lunchpakket; ouders zijn gratis.",
      "tune54-zangdag | wat kost het | Uit de beschrijving van de aanmelding en koffie: Deelname kost € 45; studenten"
          + " en scholieren betalen € 30. Lunch, koffie, thee en bladmuziek zijn inbegrepen.",
      // entry priced at the ticket desk only, not the day's "gratis taxaties"
      "tune54-postzegelbeurs | wat kost de entree | Uit de beschrijving van ‘Kassa en ledenbalie’: Entree: € 4,00"
          + " per persoon.",
      // the place the day is held, named beside entry, is the day's own entry
      "tune55-paddenstoelendag | is de toegang tot het natuurcentrum gratis | Ja, uit de beschrijving van de dag:"
          + " Toegang tot het natuurcentrum, de determinatietafel en de natuurmarkt is gratis.",
      "tune54-postzegelbeurs | wat kost een toegangskaartje | Uit de beschrijving van ‘Kassa en ledenbalie’: Entree:"
          + " € 4,00 per persoon.",
      // a list by length goes by the programme's times, not "Een kaars rollen duurt ongeveer 15 minuten"
      "tune50-imkerdag | welke onderdelen duren langer dan een uur | Langer dan 60 minuten (1 uur): / •"
          + " ‘Kinderspeurtocht Zoek de koningin’, 360 minuten (6 uur), in Start bij de informatiebalie, 10:00–16:00 /"
          + " • keuze uit ‘Honingproeverij’, 390 minuten (6,5 uur), in Clubhuis, ‘Honingwinkel’, 390 minuten (6,5"
          + " uur), in Clubhuis en ‘Glazen observatiekast’, 390 minuten (6,5 uur), in Clubhuis, 10:00–16:30 / •"
          + " ‘Kaarsen rollen van bijenwas’ (Anneke Smit), 120 minuten (2 uur), in Kinderhoek onder de luifel,"
          + " 10:30–12:30 / • ‘Kaarsen rollen van bijenwas’ (Anneke Smit), 150 minuten (2,5 uur), in Kinderhoek onder"
          + " de luifel, 13:30–16:00",
      // the most of what the question counts, as the descriptions give it, not the most speakers
      "tune53-paardenmarkt | bij welke veulenkeuring zijn de meeste veulens ingeschreven | Volgens de beschrijvingen"
          + " de meeste veulens: ‘Veulenkeuring KWPN’ (30 veulens).",
      "tune54-wadlopen | bij welke tocht mogen de meeste mensen mee | Volgens de beschrijvingen de meeste mensen:"
          + " ‘Familie-wadtocht’ (80 mensen).",
      // an item its description numbers inside the session: "golf 2 om 08:30" of the route's start waves
      "tune54-mountainbikedag | hoe laat gaat de tweede startgolf van de 60 km weg | Golf 2 is om 08:30; uit de"
          + " beschrijving van ‘60 km Heuvelroute’: Startgolven: golf 1 om 08:00, golf 2 om 08:30, golf 3 om 09:00;"
          + " tot 09:30 mag je nog vrij starten.",
      // "meer dan 20" is 21 at least, over the maximum of 20
      "tune28-wijkverpleging | kunnen er meer dan 20 mensen bij workshop A | Nee, uit de beschrijving van ‘Workshop A:"
          + " Het goede gesprek over het levenseinde’: Maximaal 20 deelnemers.",
      "tune28-wijkverpleging | kunnen er 20 mensen bij workshop A | Ja, uit de beschrijving van ‘Workshop A: Het"
          + " goede gesprek over het levenseinde’: Maximaal 20 deelnemers.",
      // whether one pays to watch a named session: its own "Gratis."
      "tune51-schaapscheerdersfeest | is het kijken bij het scheren gratis | Ja, uit de beschrijving van ‘Schapen"
          + " scheren’: Gratis.",
      // "het volgende op de catwalk" is the next thing there, not what follows the catwalk shows
      "tune49-trouwbeurs | wat is het volgende op de catwalk | Hierna: ‘Bruidsmodeshow’ (Lotte Verhagen), in Catwalk"
          + " in de Ridderzaal, 11:30–12:00.",
      // no text speaks of a lamb's leg: not the price of the market's wool
      "tune51-schaapscheerdersfeest | wat kost een lamsbout op de markt | Dat bedrag staat niet in het programma:"
          + " over ‘lamsbout’ zegt het niets.",
      // "voor de kids" where no name has the word: what the texts say is for children, all day, not what is on now
      "tune52-bakwedstrijd | wat is er vr de kids | Op het programma: / • ‘Inleveren kindercategorie’, in "
          + "Bovenzaal, 09:00–09:45 / • ‘Jurering kindercategorie’ (Lotte Hendriksen), in Bovenzaal, 10:15–11:00 "
          + "/ • ‘Cupcakes versieren’ (Sanne Kuipers), in Bovenzaal, 11:15–12:00 / • ‘Cupcakes versieren’ (Sanne "
          + "Kuipers), in Bovenzaal, 13:30–14:15",
      // "voor de meisjes" with an article: the group the sessions are for, not what comes before the first of them
      "tune70-judotoernooi | wat is er voor de meisjes | Op het programma: / • ‘Poules -12 jaar meisjes’ (Lotte"
          + " Meinsma), in Mat 4, 09:45–12:00 / • ‘Poules -15 jaar meisjes’ (Lotte Meinsma), in Mat 4, 13:00–14:15",
      // "vanaf 1,20 meter" is a minimum; "Geen alcohol onder 18 jaar" turns the ages it names away
      "tune52-trekkertrek | mag mijn zoontje van 1 meter in de zweefmolen | Nee, uit de beschrijving van"
          + " ‘Kermishoek’: De zweefmolen is alleen voor kinderen vanaf 1,20 meter.",
      "tune52-trekkertrek | mag mijn zoon van 16 bier drinken in de tent | Nee, uit de beschrijving van de feesttent"
          + " met bar: Geen alcohol onder 18 jaar; legitimatie verplicht.",
      // a race in age groups: the group of the age asked, not the first group
      "tune52-trekkertrek | kan mijn dochter van 12 nog meedoen aan de traptrekkerrace | Ja, uit de beschrijving van"
          + " ‘Traptrekkerrace’: Groep 3: 9 t/m 12 jaar, start 15:00.",
      // a sentence that allows a thing only somewhere answers whether one may bring it
      "tune52-danstoernooi | mag ik mijn eigen eten meenemen | Ja, uit de beschrijving van de lunchpauze: Eigen eten"
          + " en drinken is alleen toegestaan op de tribune",
      // registering by a time a description sets: after it no, before it yes
      "tune52-trekkertrek | kan ik me om 14:00 nog inschrijven voor de traptrekkerrace | Nee, uit de beschrijving van"
          + " ‘Traptrekkerrace’: Inschrijven tot 13:30 bij de Kinderbaan; kosten €2 per kind.",
      "tune47-regatta | kan ik me om 1 uur nog opgeven voor de bbq | Ja, uit de beschrijving van de barbecue:"
          + " Aanmelden en betalen aan de bar, uiterlijk 14:00.",
      // the time set at the desk for the session named; "half 2" beside "mijn kind" is a time, not an age
      "tune52-eerstehulpdag | kan ik mijn kind om half 2 nog opgeven voor kinder-ehbo | Nee, uit de beschrijving van"
          + " ‘Aanmeldbalie en infomarkt’: Kinderen opgeven voor Kinder-EHBO kan hier tot 13:00 / Uit de"
          + " beschrijving van ‘Kinder-EHBO: pleisters, bloedneus en 112’: Maximaal 16 kinderen; opgeven bij de balie"
          + " in de hal",
      // "Standaard klasse 4.500 kg", "Modified klasse 3.500 kg": the word before the number names the series
      "tune52-trekkertrek | welke klassen rijden er 's middags | In de middag: / • ‘Standaard klasse 8.000 kg’ (Henk"
          + " Lohuis), in Trekbaan, 13:15–14:30 / • ‘Modified klasse 3.500 kg’ (Henk Lohuis), in Trekbaan,"
          + " 15:15–16:30",
      // "voor de kinderen" is for them, not before them
      "tune52-trekkertrek | hoe laat begint de traptrekkertrek voor de kinderen | ‘Traptrekkertrek voor kinderen’"
          + " (Marieke Oude Egberink) is van 10:30 tot 12:00, in Kinderbaan.",
      // a compound of a member's word and the series' word is that member; one line for its four times
      "tune52-eerstehulpdag | wie is de instructeur bij het verslikkingsstation | Bij ‘Station 3: Verslikking’"
          + " (10:45–11:30, 11:40–12:25, 13:15–14:00 en 14:10–14:55) spreekt Fatima El Amrani"
          + " (kinderverpleegkundige, Ziekenhuis Bernhoven).",
      // "Peuterverhalen", "Winterverhalen", "Griezelverhalen": the stories are a series, and his are the one he tells
      "tune53-lichtjesroute | welke verhalen doet gerrit hazenberg | Op het programma: ‘Griezelverhalen bij"
          + " kaarslicht’ (Gerrit Hazenberg), in Verteltent op de Brink, 19:45–20:15.",
      // a room empty at that time: what starts there next, not what runs elsewhere
      "tune53-robotwedstrijd | wat is er nu in de hoofdhal | Nu (11:10) is er niets in Hoofdhal. Daar begint om 14:10"
          + " ‘Bekendmaking halvefinalisten’ (Sanne Wubbels en Erik Haverkamp).",
      "tune53-robotwedstrijd | wat is er om 17:10 in de hoofdhal | Om 17:10 is er niets in Hoofdhal. Daar staat er"
          + " daarna niets meer op het programma.",
      // a total no text gives: the sum of what each session's text gives, with the parts
      "tune53-paardenmarkt | hoeveel veulens worden er bij elkaar opgeteld gekeurd | 99 veulens in totaal: 18"
          + " (‘Veulenkeuring Friese paarden’), 30 (‘Veulenkeuring KWPN’), 24 (‘Veulenkeuring Shetlandpony's’), 15"
          + " (‘Veulenkeuring Welsh pony's’) en 12 (‘Veulenkeuring Nederlands Trekpaard’).",
      // the day's own total, when its text gives one
      "tune53-boomfeestdag | hoeveel bomen planten jullie in totaal | Uit de beschrijving van de dag: Op de Nationale"
          + " Boomfeestdag planten 9 klassen van 5 Heerdenburgse basisscholen samen 125 bomen op vijf plekken in de"
          + " gemeente.",
      // the day's number of the thing, not the one session whose title has the word ("Check-in teams")
      "tune53-robotwedstrijd | met hoeveel teams wordt er gestreden | 16 teams, volgens de beschrijving van de dag:"
          + " Regionale finale van de RoboLiga voor schoolteams uit Gelderland en Overijssel: 16 teams van 10 tot en"
          + " met 16 jaar strijden met hun zelfgebouwde robot om een plek in de landelijke finale.",
      // who opens the route: the opening right before it, as the route itself has no people
      "tune53-lichtjesroute | wie opent de lichtjesroute dit jaar | Bij ‘Feestelijke opening door de burgemeester’"
          + " (16:30–16:45) spreken Annelies van Dijk (burgemeester, gemeente Bergsveld) en Henk Lammers (voorzitter,"
          + " Stichting Dorpsbelang Westerbeek).",
      // the mayor opens the market: the opening that starts with it, not the market's own start
      "tune53-paardenmarkt | hoe laat opent de burgemeester de markt | ‘Officiële opening door de burgemeester’"
          + " (Ingrid Verhoef en Henk van Dalen) is van 09:00 tot 09:20, in Podium Marktplein.",
      // "over hoeveel minuten" is the time until it starts, not how long it lasts
      "tune53-boomfeestdag | over hoeveel minuten is de lunch | Nog 50 minuten: om 12:00 begint de lunch voor"
          + " deelnemende scholen.",
      // until the castle closes: the day's end, not that of a tour its foundation gives; "voordat" as "tot"
      "tune51-kasteeldag | hoe lang nog tot het kasteel dichtgaat | Nog 350 minuten (5 uur en 50 minuten): het"
          + " programma eindigt om 17:00.",
      "tune48-stripfestival | hoe lang nog voordat het festival sluit | Nog 410 minuten (6 uur en 50 minuten): het"
          + " programma eindigt om 18:00."})
  @DisplayName("answers from the day's text")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
