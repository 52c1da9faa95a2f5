package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to yes/no questions whose words one clause of a description has: no where that clause turns them
 * around, yes where it states them in a verb of its own and the question has no verb that the sentence might lack; a
 * thing only named ("ladders zijn aanwezig" to "ben ik verzekerd als ik van de ladder val?") stays a quote. Line
 * breaks " / ".
 */
@DisplayName("The yes or no of the one clause quoted")
final class ClauseVerdictReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune44-benefietgala.json | is een bod bindend | Ja, uit de beschrijving van ‘Live veiling’: Een bod is bindend.",
      "tune52-eerstehulpdag.json | mag ik herkansen als ik zak | Ja, uit de beschrijving van ‘Praktijktoets en"
          + " uitreiking certificaten’: Niet geslaagd? Je mag gratis herkansen op zaterdag 11 april 2026",
      "tune58-luchthavendag.json | mag je uitstappen tijdens de rondleiding | Nee, uit de beschrijving van"
          + " ‘Busrondleiding langs de startbaan’: Uitstappen is niet toegestaan; fotograferen door het raam mag.",
      "tune55-klusdag.json | ben ik verzekerd als ik van de ladder val | Dat staat niet letterlijk in het programma,"
          + " maar dit wel: / Uit de beschrijving van ‘Klus 1: Dorpshuis schilderen’: Verf, kwasten en ladders zijn"
          + " aanwezig; neem oude kleding mee die vies mag worden.",
      "tune43-sterrenwacht.json | rijdt er een bus naar de sterrenwacht | Dat staat niet letterlijk in het programma,"
          + " maar dit wel: / Uit de beschrijving van ‘Vraag het de sterrenkundige’: Vragen kun je de hele avond op een"
          + " briefje in de bus bij de Collegezaal doen."})
  @DisplayName("answer yes or no only from the clause with every word asked")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
