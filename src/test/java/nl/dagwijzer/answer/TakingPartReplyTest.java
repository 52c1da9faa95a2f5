package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on taking part: "waar kan hij aan meedoen?" asks in what, not where; what to bring where a sentence
 * says it is there already ("Veiligheidsbrillen ... zijn er") or allows one's own food in other words ("picknick");
 * an age asked of a title that has the child word ("voor kinderen van 14"); compounds with a short first part in a
 * series ("Lasdemonstratie" beside "Klinkdemonstratie"); "wat begint er als X klaar is?" asks which sessions.
 * Line breaks " / ".
 */
@DisplayName("Taking part: in what, what to bring, for which age, and what starts after")
final class TakingPartReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune58-luchthavendag.json | mijn zoon is 9, waar kan hij aan meedoen | Op het programma: / •"
          + " ‘Kinderpilotenschool’ (Mila Verhoef), in Gate 3, 10:30–12:00 / • ‘Kinderpilotenschool’ (Mila Verhoef),"
          + " in Gate 3, 13:30–15:30",
      "tune59-ridderfeest.json | mag ik mijn eigen lunch meenemen | Ja, uit de beschrijving van de lunchpauze: Je"
          + " eigen picknick meenemen mag ook.",
      "tune59-zeepkistenrace.json | moeten we zelf een veiligheidsbril meenemen naar de workshop | Nee, uit de"
          + " beschrijving van ‘Bouwworkshop reservekar’: Meenemen: oude kleren en dichte schoenen. Veiligheidsbrillen"
          + " en handschoenen zijn er.",
      "tune59-scheepswerfdag.json | is de modelbouwhoek ook voor kinderen van 14 | Nee, uit de beschrijving van"
          + " ‘Modelbouwhoek voor kinderen’: Voor kinderen van 4 tot en met 12 jaar; kinderen onder de 6 samen met een"
          + " ouder.",
      "tune59-scheepswerfdag.json | welke demonstraties zijn er in de ochtend | In de ochtend: / • ‘Lasdemonstratie’"
          + " (Dirk Fennema), in Lashal, 10:30–11:00 / • ‘Klinkdemonstratie’ (Wessel Kamminga), in Oude smederij,"
          + " 11:15–11:45",
      "tune59-scheepswerfdag.json | wat begint er als de laatste lasdemonstratie klaar is | Na ‘Lasdemonstratie’: /"
          + " • ‘Klinkdemonstratie’ (Wessel Kamminga), in Oude smederij, 15:00–15:30 / • ‘Rondleiding door de"
          + " bouwhal’ (Joost Dijkhuis), in Bouwhal (verzamelen bij de werfpoort), 15:00–15:45"})
  @DisplayName("the sessions to take part in, and the sentence that says what to bring")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
