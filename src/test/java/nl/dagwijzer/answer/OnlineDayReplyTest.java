package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An episode of a webinar series ("Aflevering 4: ...", online via Microsoft Teams, 15:00–16:30) and a symposium in
 * rooms "Lokaal D2.14" to "Lokaal D3.02" with two lectors: the day by any word for it, the platform, plural roles,
 * rooms without their noun, and what is not there.
 */
@DisplayName("Replies on days of other shapes: a webinar, a symposium, a regional morning, an online session")
final class OnlineDayReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "tune6-webinar.json | hoe laat begint het webinar | Het programma begint om 15:00 met ‘Welkom en introductie’"
          + " (Sabine de Graaf).",
      "tune6-webinar.json | kan ik via Zoom meedoen | Nee, Aflevering 4: Vroegsignalering van geldzorgen is online"
          + " via Microsoft Teams, niet via Zoom.",
      "tune6-webinar.json | spreekt er iemand van de provincie | Nee, ‘provincie’ staat niet in het programma.",
      "tune6-webinar.json | welke sprekers werken niet bij een gemeente | Op het programma staan: / • Sabine de"
          + " Graaf (adviseur bestaanszekerheid, Netwerk Bestaanszekerheid Noord-Holland Noord) / • Thijs van Leeuwen"
          + " (onderzoeker armoede en schulden, Hogeschool Inholland) / • Mirjam Wolters (teamleider huurincasso,"
          + " Woonstichting Noorderkwartier) / • Rachida el Amrani (ervaringsdeskundige geldzorgen, Humanitas)",
      "tune6-regio.json | eindigt de bijeenkomst om 13:00 | Ja, het programma eindigt om 13:00.",
      "tune6-regio.json | hoeveel verschillende gemeenten hebben een spreker | Er zijn 5 organisaties: gemeente"
          + " Goirle, gemeente Tilburg, gemeente Gilze en Rijen, gemeente Oisterwijk en gemeente Loon op Zand.",
      "tune6-regio.json | wat is er na de lunch | Na de lunch staat er niets meer op het programma; het programma"
          + " eindigt om 13:00.",
      "tune6-webinar.json | hoe lang duren de twee talks samen | Samen 30 minuten: ‘Korte talk: Wat werkt bij"
          + " vroegsignalering?’ 15 minuten en ‘Korte talk: Huurachterstand als signaal’ 15 minuten.",
      "tune6-symposium.json | heb ik een laptop nodig bij de sessie over de wijkmonitor | Ja, ‘Deelsessie 1C: Werken"
          + " met de Wijkmonitor’ (Priya Ramdin) is van 15:00 tot 15:45, in Lokaal D3.02. / Uit de beschrijving van"
          + " ‘Deelsessie 1C: Werken met de Wijkmonitor’: Neem een laptop mee.",
      // the sentence with the number, not the one session counted first
      "tune6-webinar.json | hoeveel huishoudens in Den Helder kregen een aanbod | Volgens de beschrijving van"
          + " ‘Praktijkvoorbeeld: Vroeg Eropaf in Den Helder’: In 2025 kregen 1.240 huishoudens in Den Helder een"
          + " aanbod na een signaal.",
      "tune6-regio.json | welke spreker heeft geen organisatie | Op het programma staan: / • Willemijn Hoogeveen"
          + " (dagvoorzitter)",
      "tune5-kennissessie.json | welke sessies hebben geen spreker | Zonder spreker: / • ‘Inloggen en"
          + " techniekcheck’, 09:15–09:30 / • de korte pauze, 10:40–10:50",
      "tune5-kennissessie.json | spreekt er iemand van het RIVM | Nee, RIVM staat niet op het programma. Vraag ‘wie"
          + " spreken er?’ voor alle sprekers.",
      "tune7-alv.json | kan ik de schuldenworkshop en het jeugdhulppanel allebei volgen | Nee, die zijn (deels)"
          + " tegelijk: ‘Panel: wachtlijsten in de jeugdhulp’ (Jeroen Smit, Marieke van der Linden, Kees de Bruijn en"
          + " Ilse van 't Hof, 14:45–15:45) en ‘Schulden bespreekbaar maken aan de keukentafel’ (Fatima Bouzid,"
          + " 14:45–15:45).",
      "tune7-hackathon.json | overlappen de pitchtraining en de datakliniek | Nee, die zijn niet tegelijk:"
          + " ‘Datakliniek: vraag het de experts’ (Esther de Wit en Hans Kuijpers, 11:00–12:00) en ‘Pitchtraining: in"
          + " vijf minuten overtuigen’ (Joost van 't Zand, 40 minuten, ergens tussen 14:00 en 15:00).",
      "tune7-alv.json | wanneer begint het tweede sessieblok | De tweede ronde is van 16:00 tot 17:00: keuze uit"
          + " ‘Methodisch werken met de Zelfredzaamheid-Matrix’ (Anouk de Graaf), ‘Samen optrekken bij"
          + " huurachterstanden’ (Linda Hoekstra en Youssef el Amrani) en ‘Moreel beraad in de wijkpraktijk’ (Bram van"
          + " den Heuvel, 50 minuten).",
      "tune7-hackathon.json | waarop beoordeelt de jury | ‘Pitches van de teams’ (Priya Ramdin, Wouter ter Beek,"
          + " Nadia el Idrissi en Hans Kuijpers), 15:45–16:30, in Zaal Maas: Elk team krijgt vijf minuten om zijn"
          + " oplossing te presenteren, gevolgd door twee minuten vragen van de jury. / Aan bod komen: / • De jury"
          + " beoordeelt op maatschappelijke waarde, haalbaarheid en zorgvuldig gebruik van data. /  / ‘Prijsuitreiking’"
          + " (Wouter ter Beek), 16:45–17:00, in Zaal Maas: De juryvoorzitter maakt de winnaar bekend. Het winnende"
          + " team krijgt 2.500 euro en de kans om zijn oplossing in een pilot met de gemeente Rotterdam uit te"
          + " werken. / Aan bod komen: / • Ook de publieksprijs wordt uitgereikt.",
      "tune7-opendag.json | wat begint er om half vier | Om 15:30: ‘Rondleiding achter de schermen’ (Rianne de Jong),"
          + " in Ontvangsthal, 15:30–16:00.",
      "tune5-bewonersavond.json | ik ben er pas om 20:00, wat kan ik dan nog meemaken | Vanaf 20:00: / •"
          + " ‘Vragenronde’ (Annelies Wolters, Erik van der Linden, Nadia el Khatib, Gerrit-Jan Timmer en Bas"
          + " Hendriks), 19:50–20:15 / • de koffiepauze, 20:15–20:30 / • keuze uit ‘Tafel 1: Wonen en renovatie’"
          + " (Gerrit-Jan Timmer en Erik van der Linden), ‘Tafel 2: Zorg, jeugd en welzijn’ (Joyce de Haan en Nadia el"
          + " Khatib), ‘Tafel 3: Veiligheid en overlast’ (Bas Hendriks), ‘Tafel 4: Groen, spelen en de openbare ruimte’"
          + " (Lotte Brinkman) en ‘Tafel 5: Energie en geldzaken’ (Mustafa Aydin), 20:30–21:10 / • ‘Terugkoppeling en"
          + " afsluiting’ (Annelies Wolters en Erik van der Linden), 21:10–21:30",
      "tune7-opendag.json | wat komt er na de rondleiding van 15:30 | Na ‘Rondleiding achter de schermen’: ‘Workshop"
          + " Grip op je post’ (Bas van der Meer), in Lokaal De Linde, 16:00–16:30.",
      "tune7-opendag.json | is er om 18:30 nog een rondleiding | Nee, om 18:30 niet: ‘Rondleiding achter de"
          + " schermen’ (Mohamed el Haddad) is van 16:30 tot 17:00, in Ontvangsthal en ‘Rondleiding achter de schermen’ (Mohamed el Haddad)"
          + " is van 17:30 tot 18:00, in Ontvangsthal.",
      "tune7-hackathon.json | waar is Zaal Nieuwe Maas | ‘zaal nieuwe’ staat niet in het programma; daar kan ik dus"
          + " niets over zeggen.",
      "tune7-hackathon.json | wie geeft de workshop Python voor beginners | Python staat niet op het programma. Vraag"
          + " ‘wie spreken er?’ voor alle sprekers.",
      "tune7-alv.json | wat is er om kwart voor 3 in de mondriaan zaal | Om 14:45: ‘Panel: wachtlijsten in de"
          + " jeugdhulp’ (Jeroen Smit, Marieke van der Linden, Kees de Bruijn en Ilse van 't Hof), in Mondriaanzaal,"
          + " 14:45–15:45.",
      "tune6-symposium.json | welke lectoren spreken er | Bij ‘Wat maakt een wijk veerkrachtig?’ (13:10–13:40)"
          + " spreekt Jeroen ter Horst (lector Sociale Veerkracht, Hogeschool Windesheim). / Bij ‘Langer thuis, maar"
          + " niet alleen’ (14:05–14:30) spreekt Hanneke de Boer (lector Langdurige Zorg, Saxion Hogeschool). /"
          + " Bij ‘Slotdebat: wie is er aan zet in de wijk?’ (16:40–17:10) spreekt Jeroen ter Horst (panellid;"
          + " lector Sociale Veerkracht, Hogeschool Windesheim).",
      "tune6-symposium.json | wat is er in D2.16 | Op het programma: / • ‘Deelsessie 1B: Ervaringsdeskundigheid in"
          + " het wijkteam’ (Yvonne Jansen en Kees Mulder, 30 minuten), in Lokaal D2.16, 15:00–15:45 / • ‘Deelsessie"
          + " 2B: Eenzaamheid onder jongeren’ (Noor Bakker), in Lokaal D2.16, 15:50–16:35"})
  @DisplayName("answers from the programme's own words")
  void reply(String programme, String question, String expected) {
    // given the day, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
