package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies about a show opened by a session of its own on a stage while other things go on elsewhere
 * ("Opening middagvoorstelling", "Opening van het vliegprogramma", and a topic called so): named by its own name it is
 * the whole run of acts, for when, how long, what comes after or during it, its last act and whether an act is in it
 * ("is de kleuterdans ook in de avondvoorstelling?", at its time there); "de laatste
 * voorstelling" is the later opening; "Opening van de kunstroute" before a walk is no show.
 */
@DisplayName("A show opened on a stage")
final class OpenedShowsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune45-dansschool.json | hoe lang duurt de middagvoorstelling | ‘Middagvoorstelling’ duurt 135 minuten (2 uur"
          + " en 15 minuten), van 14:00 tot 16:15.",
      "tune45-dansschool.json | hoe laat zijn de voorstellingen | ‘Middagvoorstelling’ is van 14:00 tot 16:15. /"
          + " ‘Avondvoorstelling’ is van 19:30 tot 21:45.",
      "tune45-dansschool.json | wat is het laatste onderdeel van de middagvoorstelling | Op het programma: ‘Finale en"
          + " bloemen voor de docenten’ (Mirjam van den Berg en Noor el Idrissi), in Grote zaal, 16:05–16:15.",
      "tune45-dansschool.json | wat is er na de avondvoorstelling | Na ‘Avondvoorstelling’, van 21:45 tot 22:30:"
          + " ‘Proosten in de foyer’ (Mirjam van den Berg).",
      "tune45-dansschool.json | wat is er tussen de twee voorstellingen | Tussen ‘Finale en bloemen voor de docenten’"
          + " en ‘Opening avondvoorstelling’: / • ‘Fotomoment met je danser’ (Lieke van Rijn), in Foyer, 16:15–17:00 /"
          + " • ‘Avondeten voor de dansers’ (Petra de Wit), in Kleedkamers, 17:30–18:30",
      "tune45-dansschool.json | hoe laat is de laatste voorstelling | ‘Opening avondvoorstelling’ (Noor el Idrissi en"
          + " Mirjam van den Berg) is van 19:30 tot 19:35, in Grote zaal.",
      "tune45-dansschool.json | wat is er tijdens de middagvoorstelling | Tijdens ‘Middagvoorstelling’: ‘Kaartverkoop"
          + " en kassa’ (Ellen Schouten), in Kassa in de hal, 13:00–19:30.",
      "tune45-dansschool.json | is de kleuterdans ook in de avondvoorstelling | Ja, ‘Kleuterdans: Op de Boerderij’"
          + " (Femke de Lange) is van 19:35 tot 19:45, in Grote zaal.",
      "tune45-dansschool.json | is het fotomoment in de avondvoorstelling | Nee, ‘Fotomoment met je danser’ (Lieke van"
          + " Rijn) is van 16:15 tot 17:00, in Foyer.",
      "tune45-vliegshow.json | hoe laat begint het vliegprogramma | ‘Vliegprogramma’ is van 12:00 tot 16:15.",
      "tune45-vliegshow.json | wat is er na het vliegprogramma | Na ‘Vliegprogramma’, van 16:30 tot 17:15: keuze uit"
          + " ‘Meet & greet met de piloten’ (Lotte van der Wal, Frank ten Hove, Ilse Brouwer, Joost van 't Zand, Rik"
          + " Hendriks en Dennis Hoekstra) en ‘Helikopterrondvluchten’ (Sjoerd de Boer).",
      "tune32-kunstroute.json | waar begint de kunstroute | ‘Opening van de kunstroute’ (Jolanda Meijer en Fatima Ait"
          + " Haddou) (10:30–10:45) is in Buurthuis De Wissel, Kalmoesplein 2, Zwolle.",
      // a verb made a noun ("het vliegen") is the part named after it
      "tune45-vliegshow.json | hoe laat begint het vliegen | ‘Vliegprogramma’ is van 12:00 tot 16:15.",
      // "Inloop en teams melden" opens no part called "en teams melden"
      "tune46-quiz.json | tot wanneer kunnen we ons team inschrijven | De inloop en teams melden (Ilse Vos) is van"
          + " 19:00 tot 19:30, in Grote zaal."})
  @DisplayName("answer of the show as a whole")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
