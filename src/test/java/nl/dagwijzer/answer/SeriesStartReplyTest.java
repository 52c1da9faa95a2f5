package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to which of a series starts at a time ("welke rondleiding begint om half 2?" on a day with a tour
 * every half hour): the one that starts then, not the one that is still going on; what comes after the last of a
 * series when nothing starts after it ends: what starts later, while it is on. Line breaks written " / ".
 */
@DisplayName("Replies about which of a series starts at a time")
final class SeriesStartReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune37-ziekenhuis.json | welke rondleiding begint om half 2 | Om 13:30: ‘Rondleiding Spoedeisende Hulp’ (Rachid"
          + " El Amrani), in Spoedeisende Hulp, 13:30–14:15.",
      "tune37-ziekenhuis.json | wie geeft de rondleiding die om 13:00 begint | Om 13:00: bij ‘Rondleiding OK’"
          + " (13:00–13:45) spreekt Ellen van der Heijden (OK-verpleegkundige, Maasoever Ziekenhuis).",
      "tune37-ziekenhuis.json | wat komt er na de laatste rondleiding OK | Na ‘Rondleiding OK’: ‘Rondleiding"
          + " Spoedeisende Hulp’ (Noor Hendriks), in Spoedeisende Hulp, 15:00–15:45."})
  @DisplayName("the one that starts then")
  void answers(String programme, String question, String expected) {
    // given the programme, when the question is asked
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
