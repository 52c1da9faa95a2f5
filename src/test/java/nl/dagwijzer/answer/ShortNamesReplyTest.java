package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies where a session is asked by a short name of its own: the short noun its title starts with ("de soep"
 * for "Soep van de dag", also with a slip), and
 * the thing after a title's kind joined to the kind's short form ("de reanimatiedemo" for "Demonstratie reanimatie en
 * AED", both times it is given); a bare name with "demo" beside it ("robot demo?", "demo robot");
 * a short word in capitals in a title after "de" ("de OK" of "Rondleiding OK"), while "ok" on its own stays a chat
 * word; a question asked in English ("what time is the opening"). Line breaks written " / ".
 */
@DisplayName("Replies about a session asked by a short name")
final class ShortNamesReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune36-repaircafe.json | wat is er na de soep? | Na de soep van de dag, van 13:30 tot 14:00: ‘Lezing:"
          + " Weggooien is zonde’ (Saskia Brouwer).",
      "tune36-repaircafe.json | is er soep? | Ja, de soep van de dag is van 12:00 tot 13:30, in Ontmoetingsruimte.",
      "tune36-repaircafe.json | wanneer is de soepp | De soep van de dag is van 12:00 tot 13:30, in"
          + " Ontmoetingsruimte.",
      "tune37-ziekenhuis.json | wanneer is de laatste reanimatiedemo | ‘Demonstratie reanimatie en AED’ (Gert-Jan"
          + " Hoekstra) is van 14:00 tot 14:30, in Demoruimte.",
      "tune37-ziekenhuis.json | hoe vaak wordt de reanimatiedemo gegeven | ‘Demonstratie reanimatie en AED’ staat 2"
          + " keer op het programma: ‘Demonstratie reanimatie en AED’ (11:00–11:30) en ‘Demonstratie reanimatie en"
          + " AED’ (14:00–14:30).",
      "tune37-ziekenhuis.json | robot demo? | ‘Demonstratie operatierobot’ (Rik ten Bosch) is van 12:00 tot 13:00,"
          + " in Demoruimte.",
      "tune37-ziekenhuis.json | demo robot | ‘Demonstratie operatierobot’ (Rik ten Bosch) is van 12:00 tot 13:00, in"
          + " Demoruimte.",
      "tune37-ziekenhuis.json | hoe laat is de laatste rondleiding door de OK | ‘Rondleiding OK’ (Bart van 't Wout) is"
          + " van 14:30 tot 15:15, in OK-complex.",
      "tune37-ziekenhuis.json | ok | Dat weet ik niet: het staat niet in het programma van deze dag. Je kunt"
          + " bijvoorbeeld vragen: ‘wanneer is de soep en broodjes in restaurant de brug?’, ‘wie is Willem van der"
          + " Zanden?’ of ‘welke workshops zijn er?’.",
      "tune37-jeugdtoernooi.json | what time is the opening | ‘Opening en gezamenlijke warming-up’ (Gerrit van 't Hek"
          + " en Bas de Wit) is van 09:00 tot 09:15, in Veld 1."})
  @DisplayName("a session's short name is that session")
  void answers(String programme, String question, String expected) {
    // given the programme, when the question is asked
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune36-bewonersconferentie.json | is er een ringleiding? | Ja, uit de beschrijving van de inloop met koffie"
          + " en thee: In de Theaterzaal is een ringleiding voor slechthorenden.",
      "tune36-bewonersconferentie.json | is er een rondleidng? | Ja, ‘Rondleiding proefwoning’ (Dirk-Jan Veenstra)"
          + " is van 15:30 tot 16:30, in Proefwoning Kastanjelaan 14."})
  @DisplayName("a word of the programme's texts is meant as written, no typo of a name of its length")
  void textWordNoTypo(String programme, String question, String expected) {
    // given a day with a tour and a description that names a hearing loop, when either is asked
    String reply = replyOn(programme, question);
    // then the loop is the loop, and a real slip still names the tour
    assertThat(reply).isEqualTo(expected);
  }
}
