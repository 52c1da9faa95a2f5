package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies about people only a description names ("pitch door Ruud Brinkman", "De jury bestaat uit vier leden:
 * ..."): the sentence with the question's words and a name beside them, found by the words written as names ("Zwolle",
 * "Deventer") when not every word of the question is in one sentence; for a role, the sentence that lists its people
 * after those the programme has as speakers; for one session asked about, the detail lines that name people besides
 * its speakers, but not when a role is asked; "wat is het hoofdgerecht?" the one sentence with that word itself; "wie
 * begeleidt groep A?" the detail line with that group and that role, a line that opens with the group whole, but who
 * speaks for the group at a time still from its sessions; "de panelleden" of a talk, and how many are in "het
 * panel", without the one who leads it; "wie is de chauffeur?" from "Chauffeur: Bert Nijhuis". Line breaks " / ".
 */
@DisplayName("Replies about people and places only a description names")
final class DescribedPeopleReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // a detail line labelled with the word asked, and a name after it, the same on every bus ride
      "tune33-werkbezoek.json | wie is de chauffeur van de minibus | Bij de busrit naar Voedselbank Almelo"
          + " (09:05–09:20, in Minibus): Chauffeur: Bert Nijhuis. De minibus heeft 14 zitplaatsen."
,
      // the people in the panel, without the one who leads the question round it is in
      "tune33-alzheimercafe.json | hoeveel mensen zitten er in het panel | Daarbij staan 3 sprekers: Nadia"
          + " El Khatib, Henny Bakker-de Wit en Jeroen van 't Hof."
,
      // the panel members, not the one who leads the talk
      "tune26-wandelconferentie.json | wie zijn de panelleden bij het slotgesprek | Bij ‘Slotgesprek: wat"
          + " maakt Holtenbroek gezonder?’ (13:40–14:20) spreken Marloes ten Hove (panellid; wethouder"
          + " Gezondheid, Sport en Wijken, gemeente Zwolle), Esther van den Berg (panellid; huisarts,"
          + " Gezondheidscentrum Holtenbroek), Rachid Ait Haddou (panellid; buurtsportcoach, Sportbedrijf"
          + " Zwolle) en Henk Kuipers (panellid; voorzitter, Bewonersvereniging Holtenbroek). / Uit de"
          + " beschrijving: / • Panelleden: Marloes ten Hove, Esther van den Berg, Rachid Ait Haddou en Henk"
          + " Kuipers."
,
      "tune30-handhaving.json | hoeveel acteurs doen er mee | Daarbij staan 3 sprekers: Ruben Hartman, Marloes de"
          + " Haan en Youssef Ait Bouzid.",
      "tune30-handhaving.json | hoeveel verschillende scenario's zijn er | Er zijn 3 verschillende workshops:"
          + " ‘Scenario Bushalte’, ‘Scenario Portiek’ en ‘Scenario Winkelplein’.",
      "tune29-taalcafe.json | wie zijn de tafelhosts bij A2 | Bij ‘Ronde 1, tafels A2: Mijn dag’ (19:10–19:30)"
          + " spreekt Samira Ait Bari (tafelhost A2, vrijwilliger Taalhuis Amersfoort). / Bij ‘Ronde 2, tafels A2: Mijn"
          + " buurt’ (19:35–19:55) spreekt Samira Ait Bari (tafelhost A2, vrijwilliger Taalhuis Amersfoort). / Bij"
          + " ‘Ronde 3, tafels A2: Naar school en werk’ (20:00–20:20) spreekt Samira Ait Bari (tafelhost A2,"
          + " vrijwilliger Taalhuis Amersfoort). / Uit de beschrijving: / • Tafel 5: tafelhost Jeroen van Dijk / •"
          + " Tafel 6: tafelhost Ineke Mulder",
      "tune27-heidag.json | wanneer vertrekt de boot | ‘Teamuitje: fluisterboottocht door De Wieden’ (Hennie Mulder)"
          + " is van 14:00 tot 16:30, in Steiger aan de Kooiweg. / Uit de beschrijving van ‘Teamuitje:"
          + " fluisterboottocht door De Wieden’: Er passen 12 personen in elke boot; de indeling maken we bij de"
          + " steiger.",
      "tune27-heidag.json | wie zijn de chauffeurs voor het carpoolen | Uit de beschrijving van de inloop met koffie"
          + " en boerencake: De chauffeurs zijn Wim Jansen, Eva Smit, Dirk Bosman en Esra Demir; zij hebben de"
          + " indeling van de auto's rondgemaild. / Uit de beschrijving van de inloop met koffie en boerencake:"
          + " Carpoolen: de auto's vertrekken om 08:00 vanaf het Stadskantoor, Lübeckplein 2 in Zwolle. / Uit de"
          + " beschrijving van ‘Afsluiting en terugreis’: De carpoolauto's vertrekken om 19:45 terug naar het"
          + " Stadskantoor in Zwolle.",
      "tune27-heidag.json | in welke subgroep zit Bart de Graaf | Op het programma: ‘Subgroep Werkdruk: elkaar"
          + " overeind houden’ (Ingrid ten Brink), in Opkamer, 11:15–12:30.",
      "tune27-heidag.json | zit bart de graaf in de subgroep werkdruk | Ja, uit de beschrijving van ‘Subgroep"
          + " Werkdruk: elkaar overeind houden’: Deelnemers: Bart de Graaf (Noord), Sanne van der Linden (Noord), Wim"
          + " Jansen (Noord), Fatima Amrani (Zuid), Eva Smit (Zuid) en Jeroen van Leeuwen (Zuid).",
      "tune23-voedselbank.json | ik zit in groep 3, wie is mijn rondleider | Bij ‘Rondleiding door het magazijn’"
          + " (14:45–15:35, in Magazijn): Groep 3 (blauwe stip): 15:05 tot 15:35, met Kees de Wit, verzamelen bij de"
          + " uitgiftebalie.",
      "tune21-wijkschouw.json | wie begeleidt groep A | Bij ‘Welkom en uitleg van de route’ (09:30–09:50, in"
          + " Buurthuis De Wingerd): Groep A (rode sticker) loopt met groepsbegeleider Kees Wolters van de wijkraad:"
          + " eerst Speeltuin De Klimop, dan het Lindeplein, dan OBS De Regenboog en als laatste het Veldkamppark.",
      "tune21-wijkschouw.json | wie spreekt er voor groep A om 11:30 | Om 11:30 voor groep A: bij ‘OBS De"
          + " Regenboog (groep A)’ (11:30–12:00) spreken Marloes van 't Hof (directeur, OBS De Regenboog) en Jeroen"
          + " ten Dam (verkeerskundige, gemeente Hengelo).",
      "tune18-awards.json | wie pitcht er voor een initiatief uit zwolle | Uit de beschrijving van"
          + " ‘Categorie Werk & Meedoen: pitches van de genomineerden’: Taalcafé aan het Werk, Nederlands leren"
          + " op de werkvloer voor statushouders in Zwolle (Stichting TaalKracht Zwolle); pitch door Hind Ait"
          + " Hamou.",
      "tune18-awards.json | wie pitcht er voor fietsfabriek oost | Uit de beschrijving van ‘Categorie Werk"
          + " & Meedoen: pitches van de genomineerden’: Fietsfabriek Oost, werkervaring in een fietsenwerkplaats"
          + " voor mensen met een bijstandsuitkering in Enschede (Leerwerkbedrijf De Twentse Draai); pitch door"
          + " Ruud Brinkman. / Uit de beschrijving van ‘Genomineerdenmarkt’: Tafels 4 tot en met 6: categorie"
          + " Werk & Meedoen (Fietsfabriek Oost, Taalcafé aan het Werk, Maatjes met Geld).",
      "tune18-awards.json | welke genomineerde komt uit deventer | Dat staat niet letterlijk in het"
          + " programma, maar dit wel: / Uit de beschrijving van ‘Categorie Wijk & Buurt: pitches van de"
          + " genomineerden’: Het Stoepje, een buurthuiskamer in de Rivierenwijk in Deventer (Stichting"
          + " Buurtwerk Deventer); pitch door Fatima El Amrani.",
      "tune18-awards.json | wie zitten er in de jury | Bij ‘Categorie Wijk & Buurt: pitches van de"
          + " genomineerden’ (20:00–20:30) spreken Karim El Idrissi (juryvoorzitter; directeur, Stichting"
          + " Wijkkracht Twente) en Hanneke Kamphuis (jurylid; beleidsadviseur Jeugd, gemeente Hengelo). / Bij"
          + " ‘Categorie Werk & Meedoen: pitches van de genomineerden’ (20:30–21:00) spreken Karim El Idrissi"
          + " (juryvoorzitter; directeur, Stichting Wijkkracht Twente) en Hanneke Kamphuis (jurylid;"
          + " beleidsadviseur Jeugd, gemeente Hengelo). / Bij ‘Categorie Jong & Kansrijk: pitches van de"
          + " genomineerden’ (21:20–21:50) spreken Karim El Idrissi (juryvoorzitter; directeur, Stichting"
          + " Wijkkracht Twente) en Hanneke Kamphuis (jurylid; beleidsadviseur Jeugd, gemeente Hengelo). / Bij"
          + " ‘Uitreiking van de juryprijzen’ (22:05–22:25) spreekt Karim El Idrissi (juryvoorzitter; directeur,"
          + " Stichting Wijkkracht Twente). / Uit de beschrijving van ‘Uitreiking van de juryprijzen’: De jury"
          + " bestaat uit vier leden: Karim El Idrissi (voorzitter, Stichting Wijkkracht Twente), Hanneke"
          + " Kamphuis (gemeente Hengelo), Johan van Lochem (ervaringsdeskundige, Cliëntenraad Sociaal Domein"
          + " Hof van Twente) en Meryem Yıldız (jongerenwerker, Jongerenwerk Dalfsen).",
      "tune18-awards.json | wie pitchen er in de categorie wijk en buurt | Bij ‘Categorie Wijk & Buurt:"
          + " pitches van de genomineerden’ (20:00–20:30) spreken Ilse van der Veen (presentator van de avond,"
          + " Van der Veen Presentaties), Karim El Idrissi (juryvoorzitter; directeur, Stichting Wijkkracht"
          + " Twente) en Hanneke Kamphuis (jurylid; beleidsadviseur Jeugd, gemeente Hengelo). / Uit de"
          + " beschrijving: / • Het Stoepje, een buurthuiskamer in de Rivierenwijk in Deventer (Stichting"
          + " Buurtwerk Deventer); pitch door Fatima El Amrani. / • Koken voor de Buren, wekelijkse"
          + " buurtmaaltijden in Almelo (Wijkcentrum De Schelfhorst); pitch door Joop ter Braak. / • Zorgzame"
          + " Straat, buren die op elkaar letten in de wijk Brunnepe in Kampen (Bewonersvereniging Brunnepe"
          + " Samen); pitch door Lotte van der Meulen. / • Volgorde van de pitches: Het Stoepje, Koken voor de"
          + " Buren, Zorgzame Straat.",
      "tune18-afscheid.json | wie is de moderator van het panel | Bij ‘Panelgesprek: wat hebben inwoners"
          + " in 2035 nodig?’ (15:30–16:05) spreekt Yasmina El Idrissi (moderator; dagvoorzitter en presentator,"
          + " Bureau Open Gesprek).",
      "tune20-eindejaar.json | wat is het hoofdgerecht | Bij het driegangendiner (18:15–19:45, in Restaurant"
          + " De Waterkant): Hoofdgerecht: stoofvlees met rode kool en aardappelpuree of zalmfilet met beurre blanc"
          + " en wintergroenten.",
      "tune16-talkshow.json | wie zijn de tafelgasten van de laatste ronde | Bij ‘Tafelronde 3: Wie zorgt er"
          + " straks?’ (16:15–16:50) spreken Esther van der Meulen (presentator, Omroep Gelderland), Anouk Verhoef"
          + " (innovatiemanager zorgtechnologie, Wijkzorg Oost-Veluwe), Mohamed el Amrani (mantelzorger en"
          + " oprichter, Mantelzorgcafé Apeldoorn-Zuid) en Gerdien van Wijk (gedeputeerde Zorg en Welzijn,"
          + " Provincie Gelderland)."})
  @DisplayName("the sentence that names them is quoted, not every speaker of the day")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
