package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions about a property only a value answers ("wat kost optie A?", "hoe hoog worden de
 * windturbines?", "vanaf welke hoogte springen ze?", "welk formaat moet mijn poster hebben?"): the sentence that gives the amount, size or format, or
 * that the programme does not give it, with the sentence about the thing where there is one; a room's floor, with yes
 * or no when a floor was named or a size compared ("langer dan 5 kilometer"); the link to join a session or the day,
 * with no full stop after it, and "hoe laat kan ik inloggen?" as a time; "wat is de code?" when two sentences of the
 * day speak of it, both; "hoe stemmen wij?" the sentence that says how; whether one pays at all ("kost meedoen
 * geld?", "kost het wat?", "moet ik betalen voor de lunch?"): yes for an amount, "te koop" or "betaal je zelf", no for "gratis", and
 * the amount not given when no sentence says; "is de poppenkast gratis?" the other way round, by the part of the
 * sentence about what was asked ("Een kom soep kost 2 euro; kinderen eten gratis"); a price asked in chat style
 * ("koffie prijs", "broodje prijs?"), with the sentence that names the thing before any other price of its session;
 * the day's price only from a sentence that prices something (not "maximaal €5 zakgeld"); "hoe oud is het gemaal?"
 * by a year or an age the texts give ("gebouwd in 1921"), not by the ages that may take part.
 * Line breaks " / ".
 */
@DisplayName("Replies to a question about a price, a size, a language, a format or an age")
final class PropertyReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune40-hardloopdag.json | massage gratis? | Nee, uit de beschrijving van ‘Massagetent’: Een massage van tien"
          + " minuten kost € 5; de opbrengst gaat naar het Jeugdsportfonds Kampen.",
      "tune36-sollicitatiedag.json | kost meedoen geld? | Nee, uit de beschrijving van de dag: Deelname is gratis.",
      "tune42-schoolreisje.json | wat kost het schoolreisje | Dat bedrag staat niet in het programma.",
      "tune41-repaircafe.json | kost het wat | Nee, uit de beschrijving van de dag: Repareren is gratis; een vrijwillige"
          + " bijdrage wordt gewaardeerd en nieuwe onderdelen betaal je zelf.",
      "tune45-vliegshow.json | vanaf welke hoogte springen ze | Uit de beschrijving van ‘Parachutesprong met de"
          + " vlag’: Zes parachutisten springen vanaf 3000 meter uit een Cessna Caravan en landen vlak voor de"
          + " publiekslijn.",
      "tune36-repaircafe.json | moet ik nieuwe onderdelen zelf betalen? | Ja, uit de beschrijving van ‘Welkom en"
          + " uitleg huisregels’: Nieuwe onderdelen betaal je zelf.",
      "tune36-repaircafe.json | moet ik betalen voor de soep | Ja, uit de beschrijving van de soep van de dag: Een"
          + " kom soep kost 2 euro; kinderen eten gratis.",
      "tune15-beurs.json | moet ik betalen voor de lunch | Ja, uit de beschrijving van de lunchpauze: Broodjes, soep"
          + " en salades zijn te koop in het foodcourt.",
      "tune15-beurs.json | wat kost een broodje in het foodcourt | Dat bedrag staat niet in het programma. Wel dit: /"
          + " Uit de beschrijving van de lunchpauze: Broodjes, soep en salades zijn te koop in het foodcourt.",
      "tune35-museumnacht.json | moet je betalen voor de drukwerkplaats? | Nee, uit de beschrijving van"
          + " ‘Drukwerkplaats: druk je eigen nachtposter’: Gratis, inclusief papier en inkt.",
      "tune23-inspraak.json | moet ik betalen voor deze avond | Dat bedrag staat niet in het programma.",
      // free only for some ("kinderen onder de 4 jaar gratis") is no for all, yes for them
      "tune58-waterschapsdag.json | is de huifkarrit gratis | Nee, uit de beschrijving van ‘Huifkarrit naar"
          + " uitwateringssluis Kreekmond’: Kosten: € 2,50 per persoon; kinderen onder de 4 jaar gratis.",
      // a price beside it of another thing ("appeltaart kost €3,50") does not make it free for some only
      "tune68-literatuurfestival.json | is de koffie gratis | Ja, uit de beschrijving van de koffiepauze: Koffie en"
          + " thee zijn gratis met je dagkaart; appeltaart kost €3,50.",
      "tune68-literatuurfestival.json | is de appeltaart gratis | Nee, uit de beschrijving van de koffiepauze:"
          + " Koffie en thee zijn gratis met je dagkaart; appeltaart kost €3,50.",
      "tune56-kerkendag.json | mogen kinderen gratis mee met de stadswandeling | Ja, uit de beschrijving van"
          + " ‘Stadswandeling: van kerk naar kerk’: Kaartje €4, kinderen tot 12 jaar gratis; te koop bij het"
          + " Informatiepunt.",
      "tune37-voorleesfeest.json | is de poppenkast gratis | Nee, uit de beschrijving van ‘Poppenkast: Het verdwenen"
          + " voorleesboek’: Kaartjes kosten €3 per persoon, ook voor volwassenen, via de website of aan de balie.",
      "tune37-voorleesfeest.json | is het gratis | Ja, uit de beschrijving van de dag: De toegang is gratis; voor de"
          + " poppenkast betaal je €3 en voor het Verhalenuur meld je je aan.",
      "tune36-repaircafe.json | is de soep gratis | Nee, uit de beschrijving van de soep van de dag: Een kom soep kost"
          + " 2 euro; kinderen eten gratis.",
      "tune37-voorleesfeest.json | koffie prijs | Uit de beschrijving van de picknick op het Leesplein: Limonade is"
          + " gratis; in het Leescafé kost koffie €1,50.",
      "tune37-ziekenhuis.json | broodje prijs? | Uit de beschrijving van de soep en broodjes in Restaurant De Brug:"
          + " Broodjes kosten €2,75; pinnen is mogelijk.",
      "tune37-voorleesfeest.json | kost knutselen geld | Ja, uit de beschrijving van ‘Knutseltafel’: Het materiaal"
          + " kost €1 per kind.",
      "tune27-congresdiner.json | op welke verdieping is zaal IJssel | Die zaal heet in het programma ‘Zaal IJssel"
          + " (eerste verdieping)’.",
      "tune27-congresdiner.json | is B3 op de begane grond | Nee, ‘B3 – Van minnelijk traject naar Wsnp’"
          + " (16:00–17:00) is in Zaal Rijn (eerste verdieping).",
      "tune27-congresdiner.json | wat is er om 16:30 op de eerste verdieping | Om 16:30: keuze uit ‘B3 – Van"
          + " minnelijk traject naar Wsnp’ (Thijs van den Berg en Bart van 't Hof), in Zaal Rijn (eerste verdieping)"
          + " en ‘B4 – Ervaringsdeskundigheid aan de keukentafel’ (Fatima Ait Lahcen en Pieter-Jan Hoekstra), in Zaal"
          + " IJssel (eerste verdieping), 16:00–17:00.",
      // how to do it: the sentence that says so is the answer
      "tune17-burgerberaad.json | hoe stemmen wij eigenlijk | Uit de beschrijving van ‘Stemming over de drie"
          + " opties’: Stemmen gebeurt met een stemkastje dat u bij binnenkomst krijgt.",
      "tune24-jeugdhulp.json | wat is de code | Dat staat niet letterlijk in het programma, maar dit wel: / Uit de"
          + " beschrijving van ‘Stelling! Stemmen met je telefoon’: Ga op je telefoon naar menti.com en vul de code"
          + " 4821 7730 in. / Uit de beschrijving van ‘Talkshow: Aan tafel over regie’: Vragen uit de zaal kun je"
          + " tijdens de talkshow insturen via menti.com met dezelfde code als in de ochtend.",
      "tune21-wijkschouw.json | hoe lang is de route in kilometers | Uit de beschrijving van ‘Welkom en uitleg"
          + " van de route’: De hele route is ongeveer 3 kilometer lang.",
      "tune21-wijkschouw.json | is de route langer dan 5 kilometer | Nee, uit de beschrijving van ‘Welkom en"
          + " uitleg van de route’: De hele route is ongeveer 3 kilometer lang.",
      "tune21-wijkschouw.json | is de route korter dan 5 kilometer | Ja, uit de beschrijving van ‘Welkom en"
          + " uitleg van de route’: De hele route is ongeveer 3 kilometer lang.",
      "tune21-webinar.json | wat is de link van breakoutroom 3 | Uit de beschrijving van ‘Breakout: Taal en"
          + " schulden – brieven die niemand begrijpt’: Link:"
          + " https://teams.microsoft.com/l/meetup-join/inburgering-schuldhulp-br3",
      "tune21-webinar.json | waar kan ik inloggen | Webinarmiddag Nieuwe Wet inburgering en schuldhulp: online"
          + " via Microsoft Teams, https://teams.microsoft.com/l/meetup-join/inburgering-schuldhulp-plenair",
      "tune5-kennissessie.json | waar vind ik de zoomlink | Een link staat niet in het programma.",
      "tune5-kennissessie.json | vanaf hoe laat kan ik inloggen | ‘Inloggen en techniekcheck’ is van 09:15 tot"
          + " 09:30.",
      "tune17-burgerberaad.json | wat kost optie A | Dat bedrag staat niet in het programma. Wel dit: /"
          + " Uit de beschrijving van de dag: Aan het eind van de avond stemt de zaal over drie opties; de"
          + " gemeenteraad neemt de uitkomst mee in zijn besluit over het energieplan.",
      "tune17-burgerberaad.json | hoe hoog worden de windturbines | Die afmeting of dat aantal staat niet"
          + " in het programma. Wel dit: / Uit de beschrijving van ‘Toelichting: het energieplan en de drie"
          + " opties’: Optie B: twee windturbines bij bedrijventerrein Het Broek.",
      "tune17-webinarreeks.json | wat kost het | Uit de beschrijving van de dag: U kunt zich voor elk"
          + " webinar apart aanmelden; deelname is gratis.",
      "tune16-posters.json | welk formaat moet mijn poster hebben | Het formaat staat niet in het programma.",
      "tune16-posters.json | wat kost deelname | Uit de beschrijving van de dag: Deelname is gratis voor"
          + " medewerkers van de deelnemende jeugdhulporganisaties; anderen betalen € 95.",
      // (no text of the day speaks of a sandwich: say which word it has nothing on)
      "tune13-festival.json | wat kost een broodje bij de foodtrucks | Dat bedrag staat niet in het"
          + " programma: over ‘broodje’ zegt het niets.",
      "tune7-hackathon.json | hoe groot worden de teams | Uit de beschrijving van ‘Kick-off: de drie"
          + " challenges’: Na de kick-off vormen de deelnemers teams van vier tot zes personen.",
      "tune16-talkshow.json | wat kost een drankje op de borrel | Dat bedrag staat niet in het"
          + " programma.",
      "tune17-webinarreeks.json | hoeveel rente betaal je op een saneringskrediet | Dat percentage staat"
          + " niet in het programma.",
      "tune19-spreekuur.json | op welke verdieping is de studiezaal | Uit de beschrijving van"
          + " ‘Belastingspreekuur: hulp bij uw aangifte’: De Studiezaal is op de tweede verdieping; neem de lift"
          + " naast het Leescafé.",
      "tune19-spreekuur.json | is de studiezaal op de begane grond | Nee, uit de beschrijving van"
          + " ‘Belastingspreekuur: hulp bij uw aangifte’: De Studiezaal is op de tweede verdieping; neem de lift"
          + " naast het Leescafé.",
      "tune12-kennismarkt.json | is de debatzaal op de begane grond | Nee, uit de beschrijving van ‘Vraag"
          + " het de expert’: De Debatzaal is op de eerste verdieping.",
      // "op welke website ...?" asks a link, which this day does not give
      "tune33-brandweer.json | op welke website kan ik me aanmelden als vrijwilliger | Een link staat niet in het"
          + " programma.",
      // how old a thing is: a year or an age the texts give, not the ages that may take part
      "tune58-waterschapsdag.json | hoe oud is het gemaal vrouw aleida | Hoe oud dat is, staat niet in het"
          + " programma.",
      "tune57-erfgoedspoordag.json | hoe oud is de grietje eigenlijk | Grietje: De stoomlocomotief van de"
          + " Veenlijn, gebouwd in 1921; zij trekt de stoomritten en de avondrit met diner.",
      "tune60-goochelfestival.json | hoe oud zijn de kinderen bij de kaarttrucs | Uit de beschrijving van ‘Leer"
          + " drie kaarttrucs’: Workshop voor kinderen van 8 tot en met 12 jaar: je leert drie kaarttrucs die je"
          + " thuis meteen kunt voordoen."})
  @DisplayName("the value is given where a description gives it, and otherwise said to be missing")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune38-boekenbeurs.json | moeten kinderen entree betalen | Nee, uit de beschrijving van de dag: Entree € 7,50,"
          + " kinderen tot en met 12 jaar gratis, met CJP of Stadspas € 5; kaarten koop je aan de kassa of online.",
      "tune38-boekenbeurs.json | moet ik entree betalen | Ja, uit de beschrijving van de dag: Entree € 7,50, kinderen"
          + " tot en met 12 jaar gratis, met CJP of Stadspas € 5; kaarten koop je aan de kassa of online.",
      "tune38-boekenbeurs.json | wat kost de entree | Uit de beschrijving van de dag: Entree € 7,50, kinderen tot en"
          + " met 12 jaar gratis, met CJP of Stadspas € 5; kaarten koop je aan de kassa of online.",
      "tune38-huurdersvergadering.json | wat kost een drankje na afloop | Uit de beschrijving van de nazit met een"
          + " drankje: Het eerste drankje is gratis voor leden; daarna kost een drankje € 2.",
      "tune38-boekenbeurs.json | kost de schrijfworkshop extra | Ja, uit de beschrijving van ‘Schrijfworkshop: je"
          + " eerste verhaal’: De workshop kost € 12,50 bovenop de entree."})
  @DisplayName("the price of entry is the day's, for whom by the clause that names them; 'extra' asks an amount")
  void entry(String programme, String question, String expected) {
    // given a book fair whose summary gives the entry prices, when asked about them
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
