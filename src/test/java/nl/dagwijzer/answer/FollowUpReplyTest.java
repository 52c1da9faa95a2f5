package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Second questions that point back: on an evening with five tables ("Tafel 1" to "Tafel 5") and a wijkagent, and
 * on a congress with rooms. Whole replies to the second question; line breaks written " / ".
 */
@DisplayName("Follow-ups on days of other shapes")
final class FollowUpReplyTest extends WholeReplyTest {
  private static final String TABLES = "‘Tafel 1: Wonen en renovatie’ (Gerrit-Jan Timmer en Erik van der Linden),"
      + " ‘Tafel 2: Zorg, jeugd en welzijn’ (Joyce de Haan en Nadia el Khatib), ‘Tafel 3: Veiligheid en overlast’"
      + " (Bas Hendriks), ‘Tafel 4: Groen, spelen en de openbare ruimte’ (Lotte Brinkman) en ‘Tafel 5: Energie en"
      + " geldzaken’ (Mustafa Aydin)";

  @ParameterizedTest(name = "\"{1}\", then \"{2}\"")
  @CsvSource(delimiter = '|', value = {
      "tune37-jeugdtoernooi.json | welke wedstrijden zijn er voor de jo9 | en voor de jo11 | Op het programma: / •"
          + " keuze uit ‘JO11 Poule A’, in Veld 1 en ‘JO11 Poule B’, in Veld 2, 09:30–11:45 / • ‘Finale JO11’, in Veld 1,"
          + " 12:00–12:25 / Uit de beschrijving van ‘JO11 Poule A’: Wedstrijden duren 1 x 15 minuten; er wordt 8 tegen 8"
          + " gespeeld op een half veld. / Uit de beschrijving van ‘JO11 Poule B’: Wedstrijden duren 1 x 15 minuten; er"
          + " wordt 8 tegen 8 gespeeld op een half veld.",
      "tune40-bruiloft.json | hoe laat vertrekt de bus naar het landgoed | waar vertrekt die | De pendelbus naar het"
          + " landgoed (14:00–14:30) is in Bushalte naast het stadhuis.",
      "tune5-bewonersavond.json | hoeveel tafels zijn er | welke zijn dat | Op het programma: keuze uit " + TABLES
          + ", 20:30–21:10.",
      "tune5-bewonersavond.json | wie is de wijkagent | aan welke tafel zit hij | Op het programma: ‘Tafel 3:"
          + " Veiligheid en overlast’ (Bas Hendriks), 20:30–21:10.",
      "tune6-webinar.json | welke korte talks zijn er | en wie geeft de tweede | Bij ‘Korte talk: Huurachterstand"
          + " als signaal’ (15:20–15:35) spreekt Mirjam Wolters (teamleider huurincasso, Woonstichting"
          + " Noorderkwartier).",
      "tune6-webinar.json | welke korte talks zijn er | welke daarvan is het kortst | Ze duren allemaal even lang: 15"
          + " minuten. Op het programma: / • ‘Korte talk: Wat werkt bij vroegsignalering?’ (Thijs van Leeuwen), 15"
          + " minuten, 15:05–15:20 / • ‘Korte talk: Huurachterstand als signaal’ (Mirjam Wolters), 15 minuten,"
          + " 15:20–15:35",
      // the same question from the other end, with what the first counted
      "tune53-paardenmarkt.json | bij welke veulenkeuring zijn de meeste veulens ingeschreven | en bij welke de"
          + " minste | Volgens de beschrijvingen de minste veulens: ‘Veulenkeuring Nederlands Trekpaard’ (12"
          + " veulens).",
      "tune54-wadlopen.json | welke tocht duurt het langst | en welke is het kortst | Op het programma:"
          + " ‘Familie-wadtocht’ (Aaltje Veenstra en Hennie Dijkhuis), 120 minuten (2 uur), in Wadpad achter het"
          + " bezoekerscentrum, 11:15–13:15.",
      "congress.json | wanneer is de lunch | is die ook in zaal rijn | Nee, de lunch (12:15–13:15) is in Restaurant."
          + " In Zaal Rijn: ‘Schulden en stress: wat doet het met je hoofd?’ (Youssef Amrani, 11:00–12:15) en"
          + " ‘Samenwerken met schuldeisers’ (Anouk van der Linden, 13:15–14:30).",
      // "en daarna" after "na X": what starts next after the start of what came, there
      "tune3-studiedag.json | wat is er in lokaal 1.12 na motiverende gespreksvoering | en daarna | Daarna:"
          + " ‘Huisuitzetting voorkomen’ (Linda Hoekstra), in Lokaal 1.12, 13:15–14:30.",
      // (the walk that came lasts an hour: the cellar tour starts within it)
      "tune47-wijnoogst.json | wat is er na de prijsuitreiking van het druiventrappen | + en daarna | Daarna:"
          + " ‘Rondleiding door de wijnkelder’ (Pieter van 't Hek), in Wijnkelder, 16:00–16:45.",
      "tune3-webinar.json | wat komt er na de eerste presentatie | en dan? | Na ‘Wat werkt in de wijk?’, van 20:30 tot"
          + " 20:40: ‘Poll: wat ga jij doen?’ (Lisa van der Wal).",
      "tune5-armoede.json | komt Koen van der Meulen van een woningcorporatie | geeft hij 's middags ook nog iets |"
          + " Ja, ‘Huisuitzettingen voorkomen: wonen en armoede’ (Koen van der Meulen) is van 14:15 tot 15:15, in Zaal"
          + " Mariënburg.",
      "tune7-opendag.json | wanneer is er soep | waar | De soep en broodjes (17:30–18:30) is in Kantine.",
      "tune7-hackathon.json | wanneer is de lunch | en erna? | Na de lunch, van 13:15 tot 13:30: ‘Stand-up:"
          + " tussenstand per team’ (Priya Ramdin).",
      // "ze" after a verb of one person: the person just asked about; "dan" after "waar" a filler, not "then"
      "tune62-kringloopwinkel.json | wie is yvonne krabbendam | en wat doet ze vandaag | Op het programma: ‘Panel:"
          + " tien jaar kringloop in Veenhoven’ (Marloes Hagedoorn, Dirk-Jan Post, Annelies de Groot en Yvonne"
          + " Krabbendam), in Podium, 13:30–14:15.",
      "tune52-eerstehulpdag.json | wanneer kinder ehbo | en waar dan | ‘Kinder-EHBO: pleisters, bloedneus en 112’"
          + " (Sanne de Bruijn) (13:20–13:50) is in Kantine.",
      // only a group: the last question again for that group, keeping the role asked
      "tune43-teamdag.json | wat doet team rood vandaag | en team groen? | Voor team groen: / • ‘Escape room (team"
          + " Groen)’ (Tom Visser, 50 minuten), in Escape room De Kluis, 10:00–11:00 / • ‘Zeilen (team Groen)’ (Bas van"
          + " Leeuwen), in Steiger 2, 11:15–12:15 / • ‘Boogschieten (team Groen)’ (Ilse de Haan), in Handboogbaan,"
          + " 13:15–14:15 / • ‘Kookworkshop (team Groen)’ (Karin van 't Zand), in Kookstudio, 14:30–15:30",
      "tune42-schoolreisje.json | wie is de leerkracht van groep 8 | en van groep 3? | Marjolein de Haan (leerkracht"
          + " groep 3, OBS De Klimop): ‘Vertrek groep 3-4’ (08:15–09:30), ‘Groep 3-4: Sprookjesbos en draaimolens’"
          + " (09:45–12:00), ‘Groep 3-4: kinderboerderij en speeltuin’ (14:00–15:00) en ‘Terugreis groep 3-4’"
          + " (15:15–16:30).",
      // how many places, of the session just talked about
      "tune44-scoutingdag.json | wanneer begint de touwbrug van de explorers | hoeveel plekken zijn er | Uit de"
          + " beschrijving van ‘Explorers: touwbrug bouwen over de sloot’: Er zijn 12 plekken.",
      // "en voor ...": the price asked before, for a child
      "tune46-corso.json | wat betaal je voor een plek op de tribune | en voor een kind van 8 | Uit de beschrijving"
          + " van de dag: Het dorp in en langs de route staan is gratis; tribunekaarten op het Kerkplein kosten €"
          + " 12,50 (kinderen tot 12 jaar € 6).",
      "tune45-dansschool.json | wat kost een kaartje | en voor mijn zoon van 10 | Uit de beschrijving van de dag:"
          + " Kaarten kosten €14,50 (kinderen t/m 12 jaar €9,00), alle stoelen zijn genummerd en de kassa in de hal is"
          + " open vanaf 13:00."})
  @DisplayName("the second question is about what the first was about")
  void pointsBack(String programme, String first, String second, String expected) {
    // given one conversation on that day, when the second question follows the first
    String reply = replyOn(programme, first, second);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
