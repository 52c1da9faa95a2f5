package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on an accredited refresher day: a number a named session's description gives for the word counted
 * ("uit hoeveel vragen bestaat de toets?": "20 meerkeuzevragen"), the longest of a kind when one session is also
 * called by the kind's word ("de langste pauze"), and "wie zijn er na de lunch" as everyone after it; on two other
 * days, yes or no on the length a description gives for each of several things ("duurt een pitch vijf minuten?")
 * and on coffee when no break is called after it ("is er koffie?").
 * Line breaks " / ".
 */
@DisplayName("Replies on a refresher day")
final class RefresherDayReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune17-bijscholing.json | uit hoeveel vragen bestaat de toets | Uit de beschrijving van"
          + " ‘Kennistoets’: Een digitale toets met 20 meerkeuzevragen over de vier modules.",
      "tune17-bijscholing.json | wat is de langste pauze | Op het programma: de lunch, 60 minuten (1 uur), in"
          + " Restaurant, 11:45–12:45.",
      "tune17-bijscholing.json | wie zijn er na de lunch aan het woord | Bij ‘Module 3: In gesprek bij"
          + " stress en schaamte’ (12:45–13:45) spreekt Hanneke Verhoeven (gz-psycholoog en trainer, Praktijk"
          + " Verhoeven). / Bij ‘Keuzesessie A: Ondernemers met schulden’ (13:45–14:45) spreekt Bas Kramer"
          + " (schuldhulpverlener ondernemers, gemeente Amersfoort). / Bij ‘Keuzesessie B: Psychische problemen en"
          + " schulden’ (13:45–14:45) spreekt Farida Yilmaz (sociaal psychiatrisch verpleegkundige, GGz Centraal). /"
          + " Bij ‘Module 4: Dilemma's en beroepsethiek’ (15:00–16:00) spreekt Ingeborg Smit (ethicus en trainer"
          + " moreel beraad, Hogeschool Utrecht). / Bij ‘Afsluiting en uitreiking certificaten’ (16:30–16:45)"
          + " spreekt Marloes de Wit (opleidingscoördinator en dagvoorzitter, Opleidingsinstituut SchuldWijs).",
      "tune17-bijscholing.json | is de toets digitaal | Ja, ‘Kennistoets’ is van 16:00 tot 16:30, in Zaal"
          + " Domtoren. / Uit de beschrijving van ‘Kennistoets’: Een digitale toets met 20 meerkeuzevragen over de"
          + " vier modules.",
      "tune17-bijscholing.json | tot hoe laat is het gebouw open | Dat weet ik niet: het staat niet in het"
          + " programma van deze dag. Je kunt bijvoorbeeld vragen: ‘wanneer is de theepauze?’, ‘wie spreekt over"
          + " Amersfoort?’ of ‘welke workshops zijn er?’.",
      "tune17-bijscholing.json | moet ik een laptop meenemen | Ja, uit de beschrijving van ‘Module 2:"
          + " Beslagvrije voet en verrekening’: Neem een laptop of tablet mee voor de rekenopdrachten. / Ook uit de"
          + " beschrijving van ‘Kennistoets’: Neem een opgeladen laptop of tablet mee.",
      "tune17-bijscholing.json | moet ik laptop mee? | Ja, uit de beschrijving van ‘Module 2: Beslagvrije"
          + " voet en verrekening’: Neem een laptop of tablet mee voor de rekenopdrachten. / Ook uit de beschrijving"
          + " van ‘Kennistoets’: Neem een opgeladen laptop of tablet mee.",
      "tune17-bijscholing.json | wat moet ik meenemen voor module 2 | Uit de beschrijving van ‘Module 2:"
          + " Beslagvrije voet en verrekening’: Neem een laptop of tablet mee voor de rekenopdrachten.",
      "tune17-bijscholing.json | is er een keuzesessie over huurschulden | Nee, dat staat niet in het"
          + " programma: over ‘huurschulden’ zegt het niets. Wel: ‘Keuzesessie A: Ondernemers met schulden’"
          + " (13:45–14:45) en ‘Keuzesessie B: Psychische problemen en schulden’ (13:45–14:45).",
      "tune17-bijscholing.json | is er een keuzesessie over schulden | Ja, op het programma: keuze uit"
          + " ‘Keuzesessie A: Ondernemers met schulden’ (Bas Kramer), in Zaal Vecht en ‘Keuzesessie B: Psychische"
          + " problemen en schulden’ (Farida Yilmaz), in Zaal Amstel, 13:45–14:45.",
      "tune16-posters.json | duurt een pitch vijf minuten | Ja, uit de beschrijving van ‘Pitchronde: vijf"
          + " minuten voor je onderzoek’: Zes onderzoekers en professionals pitchen in vijf minuten een lopend"
          + " onderzoek of praktijkproject en zoeken daar partners bij.",
      "tune12-kennismarkt.json | duurt een pitch een kwartier | Nee, uit de beschrijving van ‘Pitches"
          + " ronde 1: hulp dichtbij’: Elke pitch duurt zeven minuten, daarna is er tijd voor één vraag uit de zaal.",
      "tune7-opendag.json | is er koffie | Nee, koffie staat niet in het programma. Wel: de soep en"
          + " broodjes (17:30–18:30).",
      "tune15-hackathon.json | is er koffie | Ja, bij de check-in en ontbijt (08:30–09:15).",
      "tune16-jubileum.json | is er koffie | Ja, bij de ontvangst met jubileumtaart (14:00–14:30)."})
  @DisplayName("the reply is worked out from the programme")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
