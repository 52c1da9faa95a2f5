package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where a series is narrowed by words of another title ("de kick-off van blok 1" beside "Stagemarkt
 * blok 1"), where "wat loopt er nog?" counts what is on now as well as what comes, and where "en daarna?" after
 * "wat is er nu?" is what starts next.
 */
@DisplayName("Replies on a series member named by another title's words or a room, and on what is still on")
final class SeriesMemberAndStillOnReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune29-stagemarkt.json | hoe laat begint de kick-off van blok 1 | ‘Kick-off blok 1 (klas 3A, 3B en 3C)’ (Ilse"
          + " van der Meulen) is van 08:30 tot 08:45, in Aula.",
      "tune29-stagemarkt.json | wie doet de kick-off van blok 2 | Bij ‘Kick-off blok 2 (klas 3D en 4A)’ (10:15–10:30)"
          + " spreekt Henk ten Voorde (teamleider leerjaar 3 en 4, Het Oostland College).",
      "tune29-vakbeurs.json | wat is er na de demo bij stand 124 | Na ‘Demo: het digitale jeugdhulpdossier’: / •"
          + " ‘Demo: vroegsignalering van betalingsachterstanden’ (Mohamed Ait Taleb), in Hal 2, stand 207,"
          + " 14:30–15:00 / • ‘Pitchronde: nieuwe oplossingen in vijf minuten’ (Fleur van der Linden), in Theaterzaal,"
          + " 14:30–15:15",
      "tune29-stagemarkt.json | wat duurt langer, de workshop of een kick-off | Het langst duurt ‘Workshop"
          + " Solliciteren voor je stage’. / ‘Kick-off blok 1 (klas 3A, 3B en 3C)’ (Ilse van der Meulen) duurt 15"
          + " minuten, van 08:30 tot 08:45. / ‘Kick-off blok 2 (klas 3D en 4A)’ (Henk ten Voorde) duurt 15 minuten, van"
          + " 10:15 tot 10:30. / ‘Workshop Solliciteren voor je stage’ (Sanne Kuipers) duurt 45 minuten, van 10:15 tot"
          + " 11:00. / ‘Kick-off blok 3 (klas 4B, 4C en 4D)’ (Ilse van der Meulen) duurt 15 minuten, van 12:30 tot"
          + " 12:45. / ‘Workshop Solliciteren voor je stage’ (Sanne Kuipers) duurt 45 minuten, van 14:15 tot 15:00.",
      "tune29-stagemarkt.json | hoeveel blokken zijn er | Er zijn 3 blokken: ‘Kick-off blok 1 (klas 3A, 3B en 3C)’"
          + " (08:30–08:45), ‘Stagemarkt blok 1: klas 3A, 3B en 3C’ (08:45–10:00), ‘Kick-off blok 2 (klas 3D en 4A)’"
          + " (10:15–10:30), ‘Stagemarkt blok 2: klas 3D en 4A’ (10:30–11:45) en ‘Kick-off blok 3 (klas 4B, 4C en 4D)’"
          + " (12:30–12:45), ‘Stagemarkt blok 3: klas 4B, 4C en 4D’ (12:45–14:00).",
      "tune29-stagemarkt.json | hoeveel rondes zijn er | Er zijn 2 rondes: 10:15–11:00 (1 sessie) en 14:15–15:00 (1"
          + " sessie).",
      "tune28-uitwisseling.json | wat doet groep B na hun lunch | Na de lunch tweede shift (groep B) voor groep B:"
          + " ‘Werkbezoek per fiets (groep B): Werkplein Alphen-Chaam’ (Bas van 't Hof), in Werkplein Alphen-Chaam,"
          + " 13:30–15:45.",
      "tune29-vakbeurs.json | waar is de vakbeurs | Vakbeurs Digitaal Sociaal Domein 2025 is in Expo Houten,"
          + " Meidoornkade 24, Houten."})
  @DisplayName("the member of the series whose title has the other words, or that is in the room named")
  void seriesMember(String programme, String question, String expected) {
    // given the programme, asked at 11:10
    // when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{2}\" on {0} at {1}")
  @CsvSource(delimiter = '|', value = {
      // a tour and a demo both start at 16:00: both are next, however long each lasts
      "tune30-opening.json | 15:52 | wat is het volgende | Hierna, om 16:00: ‘Demo fysiotherapie: balans en"
          + " valpreventie’ (Thijs Verhoeven) tot 16:20 en ‘Rondleiding door het gebouw’ (Samira Ait Lahcen) tot 16:25.",
      // the childcare has run since 18:45, the welcome since 19:00: "dit" is what began last
      "tune29-taalcafe.json | 19:05 | hoe lang duurt dit nog | ‘Welkom en uitleg van de avond’ (Marloes van der"
          + " Heijden en Gert-Jan de Wit) duurt nog 5 minuten, tot 19:10.",
      // right before: what ends when it starts, not a short one that started later, nor the all-day corner
      "tune15-hackathon.json | 11:10 | wat is er vlak voor het diner | Voor het diner: ‘Hackblok 2’, in Hal,"
          + " 13:15–17:30.",
      "tune13-festival.json | 11:10 | wat is er vlak voor het slotconcert | Voor ‘Slotconcert: Sterre Meijer & de"
          + " Buurtband’: ‘Uitreiking Samen Leven Prijs’ (Jamal Ouali en Mirjam de Groot), in Podium Noord,"
          + " 18:15–18:45.",
      // and what started with the last one, ending a quarter earlier
      "tune70-wijnproeverij.json | 11:10 | wat is er vlak voor de veiling | Voor ‘Veiling van zeldzame flessen’: /"
          + " • ‘Blindproefwedstrijd’ (Ilse de Wit), in Tuinzaal, 16:15–17:00 / • ‘Masterclass Zoete wijnen en"
          + " port’ (Sanne Terpstra), in Bibliotheek, 16:15–17:15",
      // an hour said without morning or evening, on an evening until 23:30: the evening's
      "tune34-prijsuitreiking.json | 11:10 | wat is er om kwart voor tien | Om 21:45: ‘Uitreiking Gelderse"
          + " Vrijwilliger van het Jaar’ (Wim Verhagen), in Grote Zaal, 21:40–22:00.",
      // open the whole afternoon: what runs through most of it, "open" no word of a description
      "tune34-inloopspreekuur.json | 11:10 | wat is er de hele middag open | Op het programma: ‘Taalhulp bij brieven"
          + " en formulieren’ (Gerda Smit en Ahmet Kaya), in Taalhuishoek, 13:00–17:00.",
      // what runs the whole day, not the whole programme
      "tune33-brandweer.json | 11:10 | wat loopt er de hele dag door | Op het programma: keuze uit ‘Spuitcursus voor"
          + " kinderen’ (Kees van der Linden), in Oefenterrein, ‘Infostand rookmelders’ (Ingrid Hoekstra), in"
          + " Kazernehal, ‘Infostand veilig wonen voor senioren’ (Fatima Ait Haddou), in Kazernehal en ‘Infostand"
          + " werving vrijwillige brandweer’ (Noor Bakker en Rick Jansen), in Kazernehal, 10:00–16:00.",
      // "welke onderdelen" with a word of the texts: those whose texts have it, not the whole programme
      "tune33-alzheimercafe.json | 11:10 | welke onderdelen hebben muziek | Op het programma: / • ‘Muzikale opening’"
          + " (Gerrit Wolters), in Zaal, 19:35–19:40 / • de pauze met pianomuziek (Gerrit Wolters), in Foyer,"
          + " 20:45–21:05",
      // the whole afternoon, yes or no; a wait the programme does not give
      "tune34-inloopspreekuur.json | 11:10 | is de digid-hulp de hele middag | Nee, ‘DigiD-hulp’ is van 13:30 tot"
          + " 15:00; het programma loopt van 13:00 tot 17:15.",
      "tune34-inloopspreekuur.json | 11:10 | hoe lang moet ik gemiddeld wachten | Hoe lang je moet wachten, staat niet"
          + " in het programma.",
      // before the start: no, and what the day starts with
      "tune6-regio.json | 09:10 | is er al iets begonnen | Nee, het programma begint om 09:30 met ‘Welkom en"
          + " opening’ (Willemijn Hoogeveen en Karin Verhagen) en loopt tot 13:00.",
      // arriving at a time: everything from then on
      "tune33-brandweer.json | 11:10 | ik kom om kwart voor drie aan, wat kan ik nog zien | Vanaf 14:45: / • keuze"
          + " uit ‘Spuitcursus voor kinderen’ (Kees van der Linden), in Oefenterrein, ‘Infostand rookmelders’ (Ingrid"
          + " Hoekstra), in Kazernehal, ‘Infostand veilig wonen voor senioren’ (Fatima Ait Haddou), in Kazernehal en"
          + " ‘Infostand werving vrijwillige brandweer’ (Noor Bakker en Rick Jansen), in Kazernehal, 10:00–16:00 / •"
          + " ‘Demonstratie autobrand’ (Sanne de Wit), in Oefenterrein, 14:30–14:50 / • ‘Demonstratie beknelling:"
          + " bevrijden uit een auto’ (Youssef El Amrani), in Oefenterrein, 15:00–15:30 / • ‘Afsluiting: defilé van de"
          + " brandweervoertuigen’ (Bram van 't Hul), in Oefenterrein, 15:45–16:00",
      // the internship market's evening: what is on now and what is still to come
      "tune29-stagemarkt.json | 20:30 | wat loopt er nog | Nu en hierna: / • ‘Stagemarkt voor ouders en leerlingen’,"
          + " in Gymzaal, 20:10–21:00 / • ‘Spreekuur stagecoördinator’ (Ilse van der Meulen), in Lokaal 0.08,"
          + " 20:15–20:45"})
  @DisplayName("now and next at a clock time: every session that starts next, what began last, what is still on")
  void atClockTime(String programme, String time, String question, String expected) {
    // given the programme at that clock time
    // when
    String reply = replyAt(LocalTime.parse(time), programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{2}\", then \"{3}\" on {0} at {1}")
  @CsvSource(delimiter = '|', value = {
      // all day long stands and a children's course are on: "daarna" is what starts next, not what follows them
      "tune33-brandweer.json | 10:10 | wat is er nu | en wat begint er daarna | Hierna: ‘Demonstratie autobrand’"
          + " (Sanne de Wit), in Oefenterrein, 10:30–10:50.",
      "tune31-jubileum.json | 15:45 | wat is er nu? | en daarna | Hierna, van 16:00 tot 16:45: ‘Jubileumquiz: Hoe"
          + " goed ken jij De Schakel?’ (Karim Ait Haddou).",
      "tune32-voorspeelmiddag.json | 15:40 | wat is er nu?? | en daarna | Hierna, van 15:50 tot 16:05: ‘Optreden 8:"
          + " Ukelele-kids’ (Lotte Vermeulen)."})
  @DisplayName("what is on now, then what comes after it: what starts next")
  void nowThenAfter(String programme, String time, String now, String after, String expected) {
    // given the programme at that clock time, and the question what is on now
    // when
    String reply = replyAt(LocalTime.parse(time), programme, now, after);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
