package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to questions about a thing the programme does not mention, where that thing stands after a
 * possessive ("mag mijn partner mee?"), as the subject right after the opening verb ("mogen partners mee?"), or is a
 * session code the day does not have ("sessie C2" on a day of A1 to B4); and "hoeveel deelnemers komen er?", which
 * one workshop's "Maximaal 24 deelnemers" does not answer; an office the texts only mention in passing ("het college
 * van burgemeester en wethouders") that no speaker holds; someone else with a speaker's surname or a first name like
 * a speaker's ("Jan de Graaf", "Peter Jansen"); what a "wat is de ... van ..." question asks for ("de openingstijden van de
 * bibliotheek"); a noun no text mentions in a yes or no ("kan ik motorolie kopen op de markt?"), but not a chat
 * adverb ("ofzo") or a verb after "als ik" ("als ik zak"); a verb of ability no text says ("kan ik douchen na het
 * zeilen?"). Line breaks " / ".
 */
@DisplayName("What the programme does not mention, said so")
final class MissingThingReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // two capitals the programme does not have are a place or thing that is not there, not a person
      "tune37-ziekenhuis.json | is er een rondleiding op de IC | Nee, dat staat niet in het programma: over ‘ic’ zegt"
          + " het niets. Op het programma: / • ‘Rondleiding OK’ (Ellen van der Heijden), in OK-complex, 10:00–10:45 en"
          + " 13:00–13:45 / • ‘Rondleiding Spoedeisende Hulp’ (Rachid El Amrani), in Spoedeisende Hulp, 10:30–11:15 en"
          + " 13:30–14:15 / • ‘Rondleiding Kinderafdeling’ (Nicole ten Have), in Kinderafdeling, 11:00–11:45,"
          + " 12:30–13:15 en 14:00–14:45 / • ‘Rondleiding OK’ (Bart van 't Wout), in OK-complex, 11:30–12:15 en"
          + " 14:30–15:15 / • ‘Rondleiding Spoedeisende Hulp’ (Noor Hendriks), in Spoedeisende Hulp, 12:00–12:45 en"
          + " 15:00–15:45",
      // an open day's title has no "cursus", but the day words make "cursus" the day: a compound of it is another one
      "tune33-brandweer.json | hoe laat is de reanimatiecursus | ‘reanimatiecursus’ staat niet in het programma; daar"
          + " kan ik dus niets over zeggen.",
      // someone else with a speaker's surname, or a first name typed like a speaker's before an unknown surname
      "tune12-debat.json | wie is jan de graaf | Jan de Graaf staat niet op het programma. Bedoel je Mirjam de"
          + " Graaf?",
      "tune12-debat.json | wie is peter jansen | Peter Jansen staat niet op het programma. Bedoel je Pieter-Jan"
          + " Blom?",
      // a name at the end of the question whose surname is an ordinary word ("graaf")
      "tune24-clientenraad.json | wie is jan de graaf | Jan de Graaf staat niet op het programma. Vraag ‘wie"
          + " spreken er?’ voor alle sprekers.",
      "tune28-raadsinformatie.json | wanneer spreekt mark de vries | Mark de Vries staat niet op het programma."
          + " Vraag ‘wie spreken er?’ voor alle sprekers.",
      "tune27-congresdiner.json | mag mijn partner mee naar het diner | Nee, dat staat niet in het programma: over"
          + " ‘partner’ zegt het niets. Het zittend diner is van 18:00 tot 19:15, in Restaurant De Eikenhof (begane"
          + " grond).",
      "tune27-heidag.json | mogen partners mee naar het diner | Nee, dat staat niet in het programma: over"
          + " ‘partners’ zegt het niets. Het diner: boerenbuffet is van 17:45 tot 19:00, in De Deel.",
      "tune18-afscheid.json | houdt de burgemeester ook een toespraak | Nee, de burgemeester staat niet op het"
          + " programma. Vraag ‘wie spreken er?’ voor alle sprekers.",
      "tune27-congresdiner.json | waar is sessie C2 | ‘c2’ staat niet in het programma; daar kan ik dus niets over"
          + " zeggen.",
      "tune27-congresdiner.json | hoeveel deelnemers komen er | Hoeveel mensen er komen of mee kunnen doen, staat"
          + " niet in het programma.",
      // a practical matter no text has: not a sentence that only shares another word ("soep"); doors that open are
      // a time a description may give
      "tune36-repaircafe.json | is de soep glutenvrij? | Dat weet ik niet: het staat niet in het programma van deze"
          + " dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de vrijwilligersborrel?’, ‘wie spreekt over Amersfoort?’ of"
          + " ‘welke workshops zijn er?’.",
      "tune18-afscheid.json | hoe laat gaan de deuren van de grote zaal open | Uit de beschrijving van de inloop met"
          + " koffie en thee: Om 13:25 gaan de deuren van de Grote Zaal open.",
      // a thing after a preposition ("op papier") that no text has: not a yes on the session it is asked about
      "tune35-ict-training.json | kan ik de e-learning ook op papier maken? | Nee, dat staat niet in het programma:"
          + " over ‘papier’ zegt het niets. ‘Lab: Toegankelijke documenten maken’ (Marjolein Dekker) is van 13:15 tot"
          + " 14:45, in lokaal 2.05. / Uit de beschrijving van ‘Afsluiting en uitreiking certificaten’: Het certificaat"
          + " Digitaal Vaardig krijg je als je minimaal één lab hebt gevolgd én de e-learning 'Informatieveilig werken'"
          + " op LeerPlein hebt afgerond.",
      // a first name nothing knows before a speaker's surname is someone else; one like the speaker's is a slip
      "tune35-kookstudio.json | spreekt pieter de bruijn ook? | Nee, Pieter de Bruijn staat niet op het programma."
          + " Bedoel je Hans de Bruijn?",
      "tune18-awards.json | wie is rik ter horst | Rick ter Horst is dj. Op het programma: de afterparty met borrel"
          + " (22:45–23:45).",
      // what a "wat is de ... van ..." question asks for is not in the programme, though what it belongs to is
      "tune34-inloopspreekuur.json | wat zijn de openingstijden van de bibliotheek | ‘openingstijden’ staat niet in"
          + " het programma; daar kan ik dus niets over zeggen.",
      "tune34-inloopspreekuur.json | wat is het linkedin-profiel van esra demir | ‘linkedin profiel’ staat niet in"
          + " het programma; daar kan ik dus niets over zeggen.",
      // a name one letter off is surely the person meant: who that is, beside "bedoel je"
      "tune38-zomerkamp.json | wie is bas van beeck | Bas van Beeck staat niet op het programma. Bedoel je Bas van"
          + " Beek? Bas van Beek (badmeester, Zwembad De Zwaan): ‘Vossen: zwemmen en waterspelen’ (09:30–11:00) en"
          + " ‘Uilen: zwemmen met de opblaasbaan’ (11:15–12:30).",
      // a facility asked in everyday words, where a description names it in its own
      "tune18-awards.json | waar kan ik mijn jas kwijt | Bij de inloop met koffie en thee (18:30–19:15, in Foyer): De"
          + " garderobe is naast de ingang van de foyer.",
      // a subject after "over" that no text of the programme has is one it does not treat
      "tune39-security.json | is er een workshop over veilig thuiswerken | Nee, dat staat niet in het programma: over"
          + " ‘thuiswerken’ zegt het niets. Op het programma: / • ‘Je telefoon veilig’ (Nadia Bouzid), in Antwerpen,"
          + " 10:50–11:20 / • ‘Je telefoon veilig’ (Nadia Bouzid), in Antwerpen, 11:25–11:55",
      // a noun no text mentions, in a yes or no about something the programme has; not an adverb or a verb
      "tune46-oldtimer.json | kan ik motorolie kopen op de markt | Nee, dat staat niet in het programma: over"
          + " ‘motorolie’ zegt het niets. ‘Onderdelenmarkt’ (Bert Hulshof) is van 10:00 tot 16:00, in Weiland naast"
          + " het hotel.",
      "tune42-schoolreisje.json | hebben de bussen gordels | Nee, ‘gordels’ staat niet in het programma.",
      "tune11-schuldhulp.json | is er koffie om kwart voor 11 ofzo | Ja, de koffiepauze is van 10:45 tot 11:00, in"
          + " Foyer.",
      "tune23-voedselbank.json | mag ik de toets opnieuw doen als ik zak | Ja, ‘Korte toets hygiëne en"
          + " voedselveiligheid’ (Petra ten Hove) is van 14:30 tot 14:45, in Kantine. / Uit de beschrijving van ‘Korte"
          + " toets hygiëne en voedselveiligheid’: Niet geslaagd? Je mag de toets binnen een week online opnieuw"
          + " maken.",
      // the verb right after the subject when the question ends in a verb made a noun ("na het zeilen")
      "tune43-teamdag.json | kan ik douchen na het zeilen | Dat staat niet in het programma: over ‘douchen’ zegt het"
          + " niets. ‘Prijsuitreiking’ (Marijke ten Cate en Rob ter Horst) is van 15:45 tot 16:15, in Paviljoen.",
      // a kind with a thing no session of that kind speaks of: not there, what of the kind there is instead
      "tune56-fruitplukdag.json | hoe laat is de workshop jam maken | Dat staat niet in het programma. Wel:"
          + " ‘Zelfplukken Blok C: Conference’ is van 10:15 tot 13:00, in Blok C, ‘Zelfplukken Blok A: Elstar’ is van"
          + " 10:15 tot 16:30, in Blok A en ‘Zelfplukken Blok B: Jonagold’ is van 10:15 tot 16:30, in Blok B (en nog 10"
          + " meer). / Uit de beschrijving van ‘Boerderijwinkel’: Te koop: vers geplukt fruit van eigen bedrijf,"
          + " appelsap, appelstroop, jam, honing en cider."})
  @DisplayName("says it is not there, and what is")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
