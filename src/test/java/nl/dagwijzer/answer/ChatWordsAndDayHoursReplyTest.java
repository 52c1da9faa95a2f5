package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to chat that mixes in English ("kids", "parking", "temp") or a verb the programme only has as a noun
 * ("dweilen" of the "Dweilpauze", also "het dweilen"), and to the day's hours asked as "openingstijden" or as when it closes when no
 * sentence gives another time; a topic of no session placed by its explanation; "hoeveel moet ik betalen" as an
 * amount. Line breaks " / ".
 */
@DisplayName("Chat words and the day's hours")
final class ChatWordsAndDayHoursReplyTest extends WholeReplyTest {
  private static final String RINK_HOURS = "Het programma loopt op zaterdag 17 januari 2026 van 10:00 tot 23:00. Wil je"
      + " de tijd van een onderdeel weten? Noem het, of een spreker, bijvoorbeeld: ‘wanneer is de dweilpauze?’";

  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune47-ijsbaan.json | wanneer dweilen ze | De dweilpauze (Ruud Schouten), in Hoofdbaan: 12:00–12:30,"
          + " 14:00–14:30, 17:30–18:00 en 19:30–20:00.",
      "tune47-ijsbaan.json | hoelaat gaat ijsbaan dicht | " + RINK_HOURS,
      "tune47-ijsbaan.json | openingstijden? | " + RINK_HOURS,
      "tune47-ijsbaan.json | wat zijn de openingstijden | " + RINK_HOURS,
      "tune47-ijsbaan.json | entree kids | Uit de beschrijving van de dag: De entree is €4 per persoon, kinderen tot en"
          + " met 12 jaar €2,50; schaatsen huur je ter plekke.",
      "tune47-wijnoogst.json | is er parking | Ja, parkeren: Gratis parkeren in de weide aan de overkant van de"
          + " Zevenheuvelenweg; volg de borden 'P Oogstfeest'. Fietsen kun je kwijt in het fietsenrek bij de ingang.",
      // "starttijd", "eindtijd" typed as the question
      "tune47-ijsbaan.json | wedstrijd starttijd | ‘Clubkampioenschap 300 meter’ (Jannie Kok en Gerard van den"
          + " Heuvel) is van 14:30 tot 16:00, in Hoofdbaan.",
      "tune47-ijsbaan.json | eindtijd disco? | ‘Disco op het ijs met DJ Frosty’ (Sem de Graaf) is van 20:00 tot"
          + " 23:00, in Hoofdbaan.",
      // a topic of no session: what the programme says of it, its acronym kept
      "tune47-ijsbaan.json | waar vind ik de EHBO | EHBO: De EHBO-post zit in de kleedtent naast de schaatsverhuur;"
          + " baanwachten in oranje hesjes helpen bij een valpartij.",
      "tune47-ijsbaan.json | is er een ehbo | Ja, EHBO: De EHBO-post zit in de kleedtent naast de schaatsverhuur;"
          + " baanwachten in oranje hesjes helpen bij een valpartij.",
      // a price asked of a topic alone: its own explanation, before the sessions it belongs to
      "tune47-wijnoogst.json | krijgen bob's gratis drinken | Ja, bob-regeling: Bestuurders die niet drinken halen bij"
          + " de kassa een bob-bandje en krijgen de hele dag gratis druivensap.",
      // "hoeveel ... moet je betalen" is an amount, not a count of sessions
      "tune47-ijsbaan.json | hoeveel moet ik betalen voor de curling | Uit de beschrijving van ‘Curlingclinic in"
          + " teams’: Kosten €10 per persoon.",
      "tune47-ijsbaan.json | hoeveel borg moet je betalen voor huurschaatsen | Uit de beschrijving van"
          + " ‘Schaatsverhuur’: Huur €6 per paar voor de hele dag, borg €20 of een identiteitsbewijs.",
      // ("kelder" names the room "Wijnkelder": the tours in it, then the sentence)
      "tune47-wijnoogst.json | kelder temp? | Op het programma: / • ‘Rondleiding door de wijnkelder’ (Pieter van 't"
          + " Hek), in Wijnkelder, 12:00–12:45 / • ‘Rondleiding door de wijnkelder’ (Pieter van 't Hek), in Wijnkelder,"
          + " 16:00–16:45 / Uit de beschrijving van ‘Rondleiding door de wijnkelder’: In de kelder is het 12 graden:"
          + " neem een vest of jas mee."})
  @DisplayName("read the chat word as the programme's and give the day's hours")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  @DisplayName("'hoe lang duurt het dweilen nog?' during the third break: until its end, not the next one")
  void lastsUntilTheEndOfTheOneOn() {
    // given the rink at 17:40, in the break of 17:30–18:00, when
    String reply = replyAt(java.time.LocalTime.of(17, 40), "tune47-ijsbaan.json", "hoe lang duurt het dweilen nog");
    // then
    assertThat(reply).isEqualTo("De dweilpauze (Ruud Schouten) duurt nog 20 minuten, tot 18:00.");
  }

  @ParameterizedTest(name = "at {1}: \"{2}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune46-quiz.json | 21:50 | hoe lang duurt deze pauze nog | De tweede pauze duurt nog 10 minuten, tot 22:00.",
      "tune44-scoutingdag.json | 15:20 | is er nu iets bezig | Nee, nu (15:20) staat er niets op het programma. Om"
          + " 15:30 begint ‘Afsluitend kampvuur’ (Henk ten Brink en Pieter ten Have).",
      "tune44-scoutingdag.json | 11:35 | is er nu iets bezig | Ja, nu (11:35): / • ‘Informatie voor ouders: lid"
          + " worden en contributie’ (Wim de Graaf en Sanne de Wit), in Grote zaal clubhuis, 11:00–11:45 / • keuze uit"
          + " ‘Koken op houtvuur’ (Koen de Jong), in Kookplaats achter het clubhuis en ‘Vlotvaren op de vijver’ (Eva"
          + " van Leeuwen en Gerrit van den Berg), in Vijver, 11:00–11:50",
      "tune48-circusschool.json | 11:10 | is de open dag om half 5 nog bezig | Nee, om 16:30 is het al afgelopen;"
          + " het programma loopt van 10:00 tot 16:00.",
      "tune48-circusschool.json | 11:10 | is de open dag om 15:00 nog bezig | Ja, het programma loopt van 10:00 tot"
          + " 16:00."})
  @DisplayName("'deze pauze' is the one on now, 'is er nu iets bezig' says what is on or comes next, 'om half 5 nog"
      + " bezig' whether the day is on then")
  void now(String programme, String time, String question, String expected) {
    // given the day at that time, when
    String reply = replyAt(java.time.LocalTime.parse(time), programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
