package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "who" asked with words only the programme's texts use: the people whose role has the word, the
 * speakers of the sessions whose title has it, the sentences that have it, or that it is not there; never every
 * speaker of the day. Line breaks " / ".
 */
@DisplayName("Who, asked with words of the programme's texts")
final class PeopleByWordsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      // a word inside a role
      "tune32-leerlunch.json | wie houdt de chat in de gaten | Op het programma staan: / • Youssef El Amrani"
          + " (adviseur online leren en chatmoderator, Sociaal Werk Nederland)",
      // a word inside a title, the title typed apart and with a slip
      "tune20-loopbaandag.json | wie doet sollicitatie trainig | Bij ‘Sollicitatietraining’ (09:55–10:40) spreekt"
          + " Sander van 't Hof (docent Sociaal Werk, ROC Sallandpoort). / Bij ‘Sollicitatietraining’ (10:55–11:40)"
          + " spreekt Sander van 't Hof (docent Sociaal Werk, ROC Sallandpoort).",
      // the sentences that have the word
      "tune31-cursusavond.json | wie zitten er in tweetal 3 | Dat staat niet letterlijk in het programma, maar dit"
          + " wel: / Uit de beschrijving van ‘Rollenspel groep A: de veertiendagenbrief’: In tweetallen met een"
          + " observator oefenen cursisten een gesprek met een klant die een veertiendagenbrief van de"
          + " zorgverzekeraar heeft ontvangen en de post niet meer durft open te maken. / Uit de beschrijving van"
          + " ‘Rollenspel groep B: beslag op het loon’: In tweetallen met een observator oefenen cursisten een"
          + " gesprek met een klant die van de deurwaarder een aankondiging van beslag op zijn loon heeft gekregen.",
      // no sentence says who did it
      "tune17-burgerberaad.json | wie heeft de loting uitgevoerd | Wie dat is of doet, staat niet in het"
          + " programma."})
  @DisplayName("answers from the texts, or says it is not there")
  void answers(String programme, String question, String expected) {
    // given the programme
    // when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
