package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a list asked for a child's age: the sessions whose own texts give an age range holding it ("voor
 * kinderen van 5 tot 8 jaar", "vanaf 4 jaar", "van 3 tot 10 jaar"), all day rather than now, and "van 5 tot 8 jaar"
 * no time "tot 08:00"; of two sessions named, the one for the age ("het kinderfeest van 6 t/m 9"); how many
 * children a session takes ("maximaal 30 kinderen", not the choir's "telt 18 kinderen"), and which takes the most
 * "plekken" where it says "plaatsen"; a group's other sessions ("Bevers: knutselen") with the one that gives its ages;
 * ages asked as a range ("voor tieners", "onder de 10"), all day, those whose range overlaps them; whether a child of
 * an age may go "alleen" where a sentence asks an adult beside children under an age.
 * Line breaks written " / ".
 */
@DisplayName("Replies for a child's age")
final class AgeRangesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune45-dansschool.json | welke groepen zijn er voor tieners | Op het programma: / • ‘Jazz: All That Jazz’"
          + " (Sabine van Leeuwen), in Grote zaal, 14:35–14:55 / • ‘Streetdance: Concrete’ (Kevin van 't Veer), in"
          + " Grote zaal, 15:35–15:55 / • ‘Jazz: All That Jazz’ (Sabine van Leeuwen), in Grote zaal, 20:05–20:25 / •"
          + " ‘Streetdance: Concrete’ (Kevin van 't Veer), in Grote zaal, 21:05–21:25",
      "tune45-dansschool.json | welke groepen zijn er voor kinderen onder de 10 | Op het programma: / •"
          + " ‘Kaartverkoop en kassa’ (Ellen Schouten), in Kassa in de hal, 13:00–19:30 / • ‘Kleuterdans: Op de"
          + " Boerderij’ (Femke de Lange), in Grote zaal, 14:05–14:15 / • ‘Ballet: De Notenkraker’ (Ingrid ter Horst),"
          + " in Grote zaal, 14:15–14:35 / • ‘Hiphop: Block Party’ (Dwayne Martina), in Grote zaal, 15:20–15:35 / •"
          + " ‘Kleuterdans: Op de Boerderij’ (Femke de Lange), in Grote zaal, 19:35–19:45 / • ‘Ballet: De"
          + " Notenkraker’ (Ingrid ter Horst), in Grote zaal, 19:45–20:05 / • ‘Hiphop: Block Party’ (Dwayne"
          + " Martina), in Grote zaal, 20:50–21:05",
      // "alleen" of a child of an age: alone, which a sentence that asks an adult beside younger children denies
      // for whom with a part of the day: the sessions whose texts say it, then
      "tune52-bakwedstrijd.json | wat kunnen kinderen 's ochtends doen | In de ochtend: / • ‘Inleveren "
          + "kindercategorie’, in Bovenzaal, 09:00–09:45 / • ‘Jurering kindercategorie’ (Lotte Hendriksen), in "
          + "Bovenzaal, 10:15–11:00 / • ‘Cupcakes versieren’ (Sanne Kuipers), in Bovenzaal, 11:15–12:00",
      // a clock time beside the age stays: "van 5" is no "tot 17:00"
      "tune61-kinderboerderij.json | wat kan ik na 14:00 nog doen met mijn kind van 5 | Vanaf 14:00: ‘Ponyrijden’"
          + " (Ilse Dorrestein), in Ponybak, 14:00–15:30.",
      "tune43-sterrenwacht.json | mag mijn kind van 10 alleen het dak op | Nee, uit de beschrijving van"
          + " ‘Telescoopkijken op het dak’: Kinderen onder 12 jaar alleen onder begeleiding van een volwassene.",
      "tune43-sterrenwacht.json | mag mijn kind van 14 alleen het dak op | Ja, uit de beschrijving van"
          + " ‘Telescoopkijken op het dak’: Kinderen onder 12 jaar alleen onder begeleiding van een volwassene.",
      // of a sentence with prices for several ages, the clause whose ages hold those asked
      "tune43-sterrenwacht.json | is het gratis voor kinderen onder de 4 | Ja, uit de beschrijving van de dag: Entree 8"
          + " euro, kinderen tot en met 12 jaar 4 euro, kinderen onder 4 jaar gratis.",
      "tune43-sterrenwacht.json | is het gratis voor een kind van 8 | Nee, uit de beschrijving van de dag: Entree 8"
          + " euro, kinderen tot en met 12 jaar 4 euro, kinderen onder 4 jaar gratis.",
      // the day's own sentence when no session says it; "alleen" on a day whose texts never have the word
      "tune47-ijsbaan.json | mag mijn zoon van 6 alleen het ijs op | Nee, uit de beschrijving van de dag: Handschoenen"
          + " zijn op het ijs verplicht en kinderen onder de 8 jaar schaatsen alleen onder begeleiding van een"
          + " volwassene.",
      "tune47-regatta.json | mag mijn zoon van 10 alleen mee met proefzeilen | Nee, uit de beschrijving van"
          + " ‘Proefzeilen voor bezoekers’: Vanaf 8 jaar; kinderen tot 12 jaar varen mee met een ouder.",
      "tune37-voorleesfeest.json | mag een kind van 4 alleen knutselen | Nee, uit de beschrijving van"
          + " ‘Knutseltafel’: Geschikt vanaf 3 jaar; kinderen onder 6 jaar knutselen samen met een ouder.",
      "tune45-vliegshow.json | mag mijn zoon van 9 alleen een rondvlucht maken | Nee, uit de beschrijving van"
          + " ‘Helikopterrondvluchten’: Kinderen onder de 12 jaar vliegen alleen mee met een betalende volwassene.",
      "tune45-intocht.json | wanneer is het kinderfeest van 6 t/m 9 | ‘Kinderfeest voor 6 t/m 9 jaar’ (Sinterklaas,"
          + " Hoofdpiet en Marloes de Haan) is van 15:30 tot 16:30, in Sporthal De Wieken.",
      "tune45-intocht.json | hoeveel kinderen mogen er naar het kinderfeest van 6 t/m 9 | Uit de beschrijving van"
          + " ‘Kinderfeest voor 6 t/m 9 jaar’: Alleen met aanmelding vooraf via sintbrakelveen.nl, uiterlijk woensdag 19"
          + " november; er zijn maximaal 180 plaatsen.",
      "tune45-intocht.json | hoeveel kinderen kunnen er per keer bij pietengym | Uit de beschrijving van ‘Pietengym’:"
          + " Geen aanmelding nodig; maximaal 30 kinderen per ronde, vol is vol.",
      "tune45-intocht.json | welk kinderfeest heeft de meeste plekken | Volgens de beschrijvingen de meeste plaatsen:"
          + " ‘Kinderfeest voor 6 t/m 9 jaar’ (180 plaatsen).",
      "tune44-scoutingdag.json | wat is er voor kinderen van 5 | Op het programma: / • ‘Bevers: speurtocht naar de"
          + " schat van Hotsjietonia’ (Lotte van Dijk en Yara Bos), in Bevershol, 10:00–11:30 / • ‘Bevers: knutselen en"
          + " beverspelen’ (Lotte van Dijk en Yara Bos), in Bevershol, 13:15–14:30",
      "tune32-voorspeelmiddag.json | hoeveel stoelen zijn er in de grote zaal | Hoeveel mensen er komen of mee kunnen"
          + " doen, staat niet in het programma.",
      // in chat the age comes after the question, without "ik"
      "tune55-klusdag.json | mag ik klus 1 doen? ben 15 | Nee, uit de beschrijving van ‘Klus 1: Dorpshuis"
          + " schilderen’: Minimumleeftijd: 16 jaar.",
      "tune40-hardloopdag.json | mag ik de halve lopen als ik 15 ben | Nee, uit de beschrijving van ‘Halve"
          + " marathon’: De minimumleeftijd is 16 jaar.",
      "tune40-hardloopdag.json | vanaf welke leeftijd mag je de 10 km lopen | Uit de beschrijving van ‘10 km-loop’:"
          + " De minimumleeftijd is 12 jaar.",
      "tune37-voorleesfeest.json | wat is er voor kinderen van 5 tot 8 jaar | Op het programma: / • keuze uit"
          + " ‘Knutseltafel’ (Esra Yilmaz), in Knutselhoek en ‘Infostand gratis lid worden’ (Sanne ten Hove), in"
          + " Entreehal, 10:00–16:00 / • ‘Verhalenuur’ (Pieter van der Linden), in Uilenzaal, 10:30–11:10 / •"
          + " ‘Verhalenuur’ (Mohammed Bakkali), in Uilenzaal, 11:30–12:10 / • ‘Poppenkast: Het verdwenen voorleesboek’"
          + " (Ruud Smit), in Theaterzaal, 12:30–13:15 / • ‘Verhalenuur’ (Pieter van der Linden), in Uilenzaal,"
          + " 13:30–14:10 / • ‘Verhalenuur’ (Mohammed Bakkali), in Uilenzaal, 14:30–15:10 / • ‘Poppenkast: Het"
          + " verdwenen voorleesboek’ (Ruud Smit), in Theaterzaal, 15:00–15:45",
      "tune37-ziekenhuis.json | wat kan mijn zoon van 5 doen | Op het programma: / • ‘Teddyberenziekenhuis’ (Lisa"
          + " Bakker), in Kinderplein, 10:00–15:00 / • ‘Rondleiding Kinderafdeling’ (Nicole ten Have), in"
          + " Kinderafdeling, 11:00–11:45 / • ‘Rondleiding Kinderafdeling’ (Nicole ten Have), in Kinderafdeling,"
          + " 12:30–13:15 / • ‘Rondleiding Kinderafdeling’ (Nicole ten Have), in Kinderafdeling, 14:00–14:45",
      // the age said first, then asked what there is for her
      "tune44-scoutingdag.json | mijn dochter is 12, wat kan zij doen | Op het programma: / • keuze uit ‘Pionieren en"
          + " knopen’ (Jeroen van 't Hof), in Pioniersveld en ‘Hike met kaart en kompas’ (Fatima El Amrani), in"
          + " Slagboom aan de bosrand, 10:00–10:50 / • keuze uit ‘Koken op houtvuur’ (Koen de Jong), in Kookplaats"
          + " achter het clubhuis en ‘Vlotvaren op de vijver’ (Eva van Leeuwen en Gerrit van den Berg), in Vijver,"
          + " 11:00–11:50 / • keuze uit ‘Pionieren en knopen’ (Jeroen van 't Hof), in Pioniersveld en ‘Hike met kaart"
          + " en kompas’ (Fatima El Amrani), in Slagboom aan de bosrand, 13:15–14:05 / • keuze uit ‘Koken op"
          + " houtvuur’ (Koen de Jong), in Kookplaats achter het clubhuis en ‘Vlotvaren op de vijver’ (Eva van Leeuwen"
          + " en Gerrit van den Berg), in Vijver, 14:15–15:05"})
  @DisplayName("the sessions open to that age")
  void answers(String programme, String question, String expected) {
    // given the programme, when the question is asked
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune36-repaircafe.json | kan mijn zoontje van 3 naar de kinderhoek? | Nee, uit de beschrijving van"
          + " ‘Kinderhoek’: Voor kinderen van 4 tot 12 jaar.",
      "tune30-opening.json | mag mijn zoon van 12 ook in de kinderhoek | Nee, uit de beschrijving van ‘Kinderhoek:"
          + " schminken, knutselen en voorlezen’: Voor kinderen van 3 tot en met 10 jaar.",
      "tune30-opening.json | mag mijn dochter van 10 in de kinderhoek | Ja, uit de beschrijving van ‘Kinderhoek:"
          + " schminken, knutselen en voorlezen’: Voor kinderen van 3 tot en met 10 jaar.",
      "tune35-museumnacht.json | mag mijn dochter van 14 mee naar de rondleiding in het donker? | Nee, uit de"
          + " beschrijving van ‘Rondleiding: Het Gasthuis in het donker’: Alleen voor volwassenen (18+).",
      "tune37-ziekenhuis.json | wat kunnen kinderen van 5 doen | Op het programma: / • ‘Teddyberenziekenhuis’ (Lisa"
          + " Bakker), in Kinderplein, 10:00–15:00 / • ‘Rondleiding Kinderafdeling’ (Nicole ten Have), in"
          + " Kinderafdeling, 11:00–11:45 / • ‘Rondleiding Kinderafdeling’ (Nicole ten Have), in Kinderafdeling,"
          + " 12:30–13:15 / • ‘Rondleiding Kinderafdeling’ (Nicole ten Have), in Kinderafdeling, 14:00–14:45"})
  @DisplayName("a child of one's own ('mijn zoontje van 3') is a child of that age, yes or no by the range given")
  void ownChild(String programme, String question, String expected) {
    // given the programme, when a parent asks about their child
    String reply = replyOn(programme, question);
    // then the age is compared with the range the session's text gives ("tot en met", "18+")
    assertThat(reply).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("'met welke rondleidingen mag een kind van 14 mee?' leaves out the tours only for 16 and older")
  void olderOnlyLeftOut() {
    // given a hospital day whose robot demonstration is for 16 and older, when asked for a child of 14
    String reply = replyOn("tune37-ziekenhuis.json", "met welke rondleidingen mag een kind van 14 mee?");
    // then the tours from 12 and from 4 are there, and no demonstration
    assertThat(reply).startsWith("Op het programma: / • ‘Rondleiding OK’ (Ellen van der Heijden), in OK-complex,"
        + " 10:00–10:45 / • ‘Rondleiding Kinderafdeling’ (Nicole ten Have), in Kinderafdeling, 11:00–11:45")
        .doesNotContain("Demonstratie");
  }

  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune36-repaircafe.json | welke onderdelen zijn er voor kinderen vanaf 8 jaar? | Op het programma: / •"
          + " ‘Kinderhoek’ (Sanne Hoekstra), in Speelzaal, 10:00–14:00 / • ‘Kinderworkshop: oude apparaten uit elkaar"
          + " halen’ (Sanne Hoekstra en Bram de Graaf), in Speelzaal, 14:00–15:30",
      "tune38-zomerkamp.json | wat doet de groep van 7 tot 9 jaar | Op het programma: / • ‘Vossen: zwemmen en"
          + " waterspelen’ (Bas van Beek en Youssef Amrani), in Zwembad, 09:30–11:00 / • ‘Vossen: trefbal en apenkooi’"
          + " (Jesse van der Horst en Youssef Amrani), in Sporthal, 11:15–12:30 / • ‘Vossen: schatkaart maken’ (Ilse"
          + " Kuipers en Youssef Amrani), in Knutsellokaal, 13:15–14:15",
      "tune38-zomerkamp.json | wat doen de kleintjes van 4 tot 6 in het bos | Op het programma: ‘Kikkers:"
          + " kabouterpad in het bos’ (Daan Mulder en Lotte ten Have), in Bos, 11:15–12:30."})
  @DisplayName("a group the day names by its ages ('Kikkers (4-6 jaar)') has the sessions its name starts; 'voor"
      + " kinderen' says for whom, not the Kinderhoek alone")
  void namedGroups(String programme, String question, String expected) {
    // given a summer camp whose groups are named with their ages, when asked for an age
    String reply = replyOn(programme, question);
    // then that group's sessions, and no clock time "van 7 tot 9"
    assertThat(reply).isEqualTo(expected);
  }
}
