package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions typed as people type in a chat: a separable verb apart and with a slip ("mee nemen",
 * "mee nemn"), a reflexive verb for what the programme names by its noun ("me registreren": "registratie"), a
 * greeting that goes on to say who one is ("hoi ik ben mantelzorger"), a slip in a role ("prjectleider") and a
 * short title word one letter short ("de fim"), a slip in a word only a description uses ("pieano"), a
 * diminutive ("cadeautje"), "erbij" for being there, a long noun in the singular the programme has in the plural
 * ("pendelbus?"); "en in de theetuin?" after a question asks it of that place. Line breaks " / ".
 */
@DisplayName("Questions typed in chat style")
final class ChatStyleReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune24-clientenraad.json | wat moet ik mee nemen ff snel | Uit de beschrijving van de inloop met koffie en"
          + " thee: Neem mee: de medezeggenschapsregeling van uw eigen cliëntenraad, de reader en iets om mee te"
          + " schrijven.",
      // a greeting that announces a question still to come
      "tune61-kinderboerderij.json | hallo, ik heb een vraag | Hallo! Ik ben Dagwijzer en beantwoord je vragen over"
          + " Jubileumdag 25 jaar Kinderboerderij De Klompenwei. Vraag bijvoorbeeld: ‘wanneer is de"
          + " pannenkoekenkraam de stroopstoep?’",
      // "y" for "ij", and a plural without its apostrophe
      "tune61-zeilschool.json | doet bas oudendyk de theorie les? | Ja, Bas Oudendijk staat bij ‘Theorie: hoe werkt"
          + " een zeil?’ (11:00–11:45, in Leslokaal).",
      "tune61-kinderboerderij.json | waar zijn de ponys | ‘Ponyrijden’ (Ilse Dorrestein) (11:00–12:30) is in Ponybak."
          + " / ‘Ponyrijden’ (Ilse Dorrestein) (14:00–15:30) is in Ponybak.",
      "tune24-zorgtech.json | hoi ik ben mantelzorger voor mijn moeder | Hallo! Ik ben Dagwijzer en beantwoord je"
          + " vragen over Week van de Mantelzorg: Ervaringsdag Zorgtechnologie: slim geholpen thuis. Vraag"
          + " bijvoorbeeld: ‘wanneer is de koffiepauze?’",
      "tune26-posters.json | waar moet ik me registreren als ik binnenkom | De inloop en registratie (09:00–09:30)"
          + " is in Foyer.",
      // "is X erbij": where X is, not X counted in
      "tune32-leerlunch.json | bij welke onderdelen is youssef el amrani erbij | Op het programma: / •"
          + " ‘Welkom en spelregels’ (Ilse van der Veen en Youssef El Amrani), in Hoofdsessie, 12:00–12:05 / •"
          + " ‘Vragen uit de chat’ (Youssef El Amrani, Marloes ten Have en Samira Ait Taleb), in Hoofdsessie,"
          + " 12:40–12:45 / • ‘Plenaire terugkoppeling en uitslag van de poll’ (Ilse van der Veen, Gerda ten"
          + " Brinke, Joris van 't Hof, Hanan Bouzid en Youssef El Amrani), in Hoofdsessie, 13:15–13:25"
,
      // a slip in the instrument of a role ("pianist"): a letter too many inside it
      "tune33-alzheimercafe.json | wie speelt er pieano | Bij ‘Muzikale opening’ (19:35–19:40) spreekt Gerrit Wolters"
          + " (vrijwilliger en pianist, Alzheimer Café Apeldoorn). / Bij de pauze met pianomuziek (20:45–21:05) spreekt"
          + " Gerrit Wolters (vrijwilliger en pianist, Alzheimer Café Apeldoorn). / Bij ‘Afsluiting met samenzang’"
          + " (21:25–21:30) spreekt Gerrit Wolters (vrijwilliger en pianist, Alzheimer Café Apeldoorn).",
      // a compound typed without its linking "en" ("pietgym" of "Pietengym")
      "tune45-intocht.json | pietgym hoe laat | ‘Pietengym’ (Sanne Bosman), in Gymzaal Kerkstraat: "
          + "14:00–14:45 en 15:00–15:45.",
      // a diminutive of a title word ("cadeautje", "cadeau"), with "t" for "het"
      "tune20-mantelzorg.json | wat zit er in t cadeautje | ‘Afsluiting met een cadeau’ (Anke ten Hove en Petra de"
          + " Groot), 12:15–12:30, in Grote zaal: Wethouder Anke ten Hove bedankt de mantelzorgers voor alles wat zij"
          + " doen. Iedere mantelzorger krijgt bij de uitgang een cadeautas mee. / Aan bod komen: / • In de cadeautas"
          + " zitten een bos tulpen, een handcrème en een ZeistCadeaukaart van 25 euro. / • Petra de Groot vraagt"
          + " iedereen om een evaluatiekaartje in te vullen.",
      // a filler word is no missing thing
      "tune34-prijsuitreiking.json | hoe laat is het helemaal afgelopen | Het programma loopt tot 23:30; het laatste"
          + " onderdeel is de borrel (22:10–23:30).",
      // a four-letter title word typed one letter short
      "tune33-alzheimercafe.json | hoe laat is de fim | ‘Korte film: 'Thuis is waar de klok tikt'’ duurt"
          + " 18 minuten en valt tussen 20:15 en 20:35; hoe laat precies staat niet in het programma, in Zaal."
,
      // a slip in a compound role is that role, not the compound's last part ("leider")
      "tune23-inspraak.json | wie is de prjectleider | Bas van der Meulen (projectleider Tuindorp-Oost, gemeente"
          + " Hengelo): ‘Inloop: de plannen op panelen’ (18:30–19:15), ‘Presentatie van het gebiedsplan’"
          + " (19:25–19:50), ‘Vragenronde over het plan’ (19:50–20:05) en ‘Hoe gaat het verder? Planning en besluit’"
          + " (22:00–22:15).",
      // a long noun the programme only has in the plural ("Pendelbussen rijden ...")
      "tune46-corso.json | pendelbus? | Uit de beschrijving van de dag: Pendelbussen rijden de hele dag elk kwartier"
          + " tussen station Dinkeldal en het Marktplein, een retourtje kost € 3.",
      // "de show" of "Voorstelling ...", "de expo" of "Tentoonstelling ..."
      "tune48-circusschool.json | hoelaat is de show | ‘Voorstelling Kriskras’ (Ramon Sluiter) is van 12:30 tot"
          + " 13:00, in Piste. / ‘Voorstelling Zwaartekracht’ (Noor van Dijk) is van 15:30 tot 16:00, in Piste.",
      "tune48-stripfestival.json | wr is de expo | ‘Tentoonstelling Amersfoort in beeldverhalen’ (10:00–18:00) is in"
          + " Galerij, 1e verdieping stadhuis.",
      // a history only a text gives: not in the programme (the sentence that has it: SeriesAndPlacesReplyTest)
      "tune48-circusschool.json | sinds wanneer bestaat hoepla | Dat weet ik niet: het staat niet in het programma van"
          + " deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de lunchpauze?’, ‘wie is Noor van Dijk?’ of ‘welke"
          + " workshops zijn er?’.",
      // "max" with people counted: the most that may take part
      "tune48-circusschool.json | hoeveel kids max bij eenwieler | Uit de beschrijving van ‘Eenwieler (11-16 jaar)’:"
          + " Maximaal 10 kinderen.",
      // the question word last
      "tune45-vliegshow.json | kinderkaartje hoeveel | Uit de beschrijving van de dag: Entree: volwassenen €27,50,"
          + " kinderen van 4 t/m 12 jaar €12,50 en kinderen onder de 4 jaar gratis.",
      // "iets voor ...?": what there is for them
      "tune48-molendag.json | iets voor kids? | Op het programma: / • ‘Molenspeurtocht voor kinderen’, in "
          + "Alle vijf molens (stempelkaart ophalen bij Korenmolen De Hoop), 09:00–16:30 / • ‘Molenfietstocht met"
          + " gids’ (Albert Wiersma), in Start en finish: Korenmolen De Hoop, Molenweg 12, Zuidhorn, 10:00–12:30 "
          + "/ • ‘Meelzakjes beschilderen’, in Schuur naast Korenmolen De Hoop, Zuidhorn, 10:00–16:00 / • "
          + "‘Molenfietstocht met gids’ (Trijntje Hoekstra), in Start en finish: Korenmolen De Hoop, Molenweg 12,"
          + " Zuidhorn, 13:30–16:00",
      // an alias of several words ("make-up workshop") beats one word read as another form ("make" as "maken")
      "tune49-trouwbeurs.json | wanneer is de make-up workshop | ‘Workshop bruidsmake-up’ (Samira El "
          + "Idrissi), in Torenkamer: 11:00–12:00 en 14:30–15:30.",
      // "de tweede ronde van X": the second time X is on, not the day's second round
      "tune49-trouwbeurs.json | hoe laat is de tweede ronde van de make-up workshop | ‘Workshop bruidsmake-up’ (Samira"
          + " El Idrissi) is van 14:30 tot 15:30, in Torenkamer.",
      // eating: every meal and what sells food, not the lunch alone; drinking: the coffee and tea
      "tune44-benefietgala.json | eten hoe laat | Het voorgerecht (Rutger van Lith) is van 19:45 tot 20:15, in Balzaal."
          + " / Het hoofdgerecht (Rutger van Lith) is van 20:35 tot 21:20, in Balzaal. / Het dessert en koffie (Rutger"
          + " van Lith) is van 22:40 tot 23:15, in Balzaal.",
      "tune48-molendag.json | waar kan ik wat eten of drinken | ‘Molenbakkerij: brood uit de molen’ (Lisanne Bos)"
          + " (09:00–16:00) is in Molenbakkerij De Hoop, Molenweg 14, Zuidhorn. / De molentheetuin (10:00–16:00) is"
          + " in Molen Fortuna, Hoofdstraat 41, Grijpskerk.",
      // ... for an age: what there is for it all day, not only now
      "tune48-circusschool.json | iets voor 5 jarige? | Op het programma: / • keuze uit ‘Acrobatiek (4-6 jaar)’"
          + " (Ramon Sluiter), in Piste en ‘Informatie voor ouders’ (Noor van Dijk en Peter Hendriks), in Ouderlokaal"
          + " (1e verdieping), 10:30–11:15 / • ‘Acrobatiek (4-6 jaar)’ (Ramon Sluiter), in Piste, 14:30–15:15",
      "tune48-circusschool.json | iets voor mijn dochter van 12? | Op het programma: / • keuze uit ‘Trapeze (11-16"
          + " jaar)’ (Esra Kaya), in Piste en ‘Eenwieler (11-16 jaar)’ (Mirthe Claassen), in Trainingshal, 11:30–12:15"
          + " / • ‘Jongleren (11-16 jaar)’ (Jelle Brouwers), in Trainingshal, 13:30–14:15 / • ‘Voorstelling"
          + " Zwaartekracht’ (Noor van Dijk), in Piste, 15:30–16:00"
})
  @DisplayName("answers what was meant")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{1}\" then \"{2}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune48-molendag.json | kan ik bij de bakkerij pinnen | en in de theetuin | Nee, uit de beschrijving van de"
          + " molentheetuin: Alleen contant betalen.",
      "tune48-circusschool.json | kan ik in de snackbar contant betalen | en in het winkeltje | Nee, uit de"
          + " beschrijving van ‘Circuswinkeltje’: Alleen pinnen."})
  @DisplayName("'en in de theetuin?' asks the question before of another place")
  void followUp(String programme, String first, String then, String expected) {
    // given the question before, when
    String reply = replyOn(programme, first, then);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
