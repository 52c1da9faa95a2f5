package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where a part of the day holds what mostly falls in it (a dinner from 17:45 to 19:00 is "vanavond"),
 * where "volgend jaar" inside a session's title is that session and no other edition of the day, and where a break
 * whose title has a colon after its noun gets its article ("het diner: boerenbuffet"); "de jury voor de posterprijs"
 * is the jury for it, not before it; a "niet" two clauses on still says no; "de laatste pauze" is the last of the
 * breaks when only one is called "Koffiepauze"; "de hele middag" lists what runs through most of it; "is de eerste
 * halte het schoolplein?" asks whether two sessions are one, "is de picknick op het sportpark?" whether one is at
 * the place named; "tijdens de tweede ronde" is in that round; "bij welke sessie is X moderator?" is where X has that
 * role. Line breaks " / ".
 */
@DisplayName("Parts of the day, phrases in titles and the article of a break")
final class EveningAndTitlePhraseReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // a title without its first preposition, before the alias "ijsselkwartet" of the quartet's concerts
      "tune55-kamermuziekfestival.json | hoe laat is het gesprek met het ijsselkwartet | ‘In gesprek met het"
          + " IJsselkwartet’ (Thomas Brinkman en Marieke Schoonderwoerd) is van 17:10 tot 17:40, in Gasthuiskerk.",
      "tune27-heidag.json | hoe laat gaan we eten vanavond | Het diner: boerenbuffet is van 17:45 tot 19:00, in De"
          + " Deel.",
      "tune26-posters.json | wie zitten er in de jury voor de posterprijs | Bij ‘Uitreiking juryprijs beste poster’"
          + " (14:35–14:50) spreken Annelies van 't Hof (juryvoorzitter; lector Jeugd en Opvoeding, Hogeschool"
          + " IJsselland) en Samira Ait Taleb (jurylid; senior onderzoeker jeugd en participatie, Verwey-Jonker"
          + " Instituut). / Uit de beschrijving van ‘Uitreiking juryprijs beste poster’: De jury bestaat uit Annelies"
          + " van 't Hof (voorzitter), Samira Ait Taleb en Emma Vos (student Social Work en lid van de"
          + " opleidingscommissie).",
      "tune26-nascholing.json | mag ik mijn aantekeningen gebruiken bij de toets | Nee, uit de beschrijving van"
          + " ‘Kennistoets’: De toets is gesloten boek: aantekeningen en de deelnemersmap mag u niet gebruiken.",
      "tune27-festival.json | wat loopt er de hele middag door | Op het programma: / • de foodcourt Proef Zwolle,"
          + " in Foodcourt, 12:00–19:00 / • de stiltetent, in Stiltetent, 12:00–19:30 / • ‘Gebarentaalhoek: leer je"
          + " eerste gebaren’ (Ingrid Mulder), in Gebarentaalhoek, 12:30–17:00",
      "tune26-wandelconferentie.json | is de eerste halte het schoolplein | Nee, ‘Halte 1 Gezondheidscentrum:"
          + " welzijn op recept’ (Esther van den Berg en Fatima El Amrani) is van 10:05 tot 10:35, in"
          + " Gezondheidscentrum Holtenbroek; ‘Halte 4 Schoolplein: groen en gezond spelen’ (Bas de Jong en Sanne"
          + " Wijnands) is van 12:55 tot 13:25, in Schoolplein OBS De Klimop.",
      // "het sportpark" is the room "Sportpark Holtenbroek" too: the place asked about, with what is there
      "tune26-wandelconferentie.json | is de picknick op het sportpark | Nee, de picknicklunch in de buurtmoestuin"
          + " (11:20–12:05) is in Buurtmoestuin De Groene Hof. In Sportpark Holtenbroek: ‘Halte 3 Sportpark: de"
          + " beweegtuin’ (Rachid Ait Haddou, 12:25–12:50).",
      "tune21-wijkschouw.json | is de lunch in het park | Nee, de lunch is van 13:00 tot 13:45, in Buurthuis De"
          + " Wingerd; ‘Veldkamppark (groep B)’ is in Veldkamppark, ingang Veldkampweg bij de vijver.",
      "tune27-congresdiner.json | welke sessie is er in de theaterzaal tijdens de tweede ronde | In de tweede ronde"
          + " (16:00–17:00): ‘B1 – Geen wachtlijst meer: de Zwolse aanpak’ (Ingrid ten Hove en Youssef El Amrani), in"
          + " Theaterzaal (begane grond), 16:00–17:00.",
      "tune27-congresdiner.json | bij welke sessie is Bart van 't Hof moderator | Op het programma: ‘B3 – Van"
          + " minnelijk traject naar Wsnp’ (Thijs van den Berg en Bart van 't Hof), in Zaal Rijn (eerste verdieping),"
          + " 16:00–17:00.",
      "tune37-jeugdtoernooi.json | wat is er tussen de finale van de jo11 en de clinic | Tussen ‘Finale JO11’ en"
          + " ‘Clinic door Dennis van der Steen’: de lunchpauze (Ria Hoogendoorn), in Kantine, 12:30–13:15.",
      "tune18-informatieavond.json | wat zit er tussen de twee presentaties in | Tussen ‘Presentatie: de plannen voor"
          + " het Lindeplein en Wijkcentrum De Linde’ (tot 20:00) en ‘Presentatie: de plannen voor het Lindeplein en"
          + " Wijkcentrum De Linde’ (vanaf 20:30): ‘Vragenronde na de eerste presentatie’ (Marloes Hendriks, Bas ten"
          + " Hove en Ingrid van der"
          + " Meulen), in Bovenzaal, 20:00–20:20.",
      "tune27-heidag.json | wat is de laatste pauze van de dag | Op het programma: het diner: boerenbuffet, in De"
          + " Deel, 17:45–19:00.",
      "tune27-heidag.json | wie vertelt over de plannen voor volgend jaar | Bij ‘Ons wijkteam in 2026: de plannen"
          + " voor volgend jaar’ (10:15–10:45) spreekt Marloes van der Heijden (teammanager sociaal wijkteams Noord en"
          + " Zuid, gemeente Zwolle).",
      "congress.json | geeft Pieter van den Berg zijn workshop ook 's middags | Nee, in de middag niet:"
          + " ‘Saneringskrediet en"
          + " schuldenbewind’ (Pieter van den Berg) is van 11:00 tot 12:15, in Zaal Gelderse Vallei."})
  @DisplayName("the session meant, in the part of the day it mostly falls in")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
