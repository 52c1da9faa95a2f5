package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "welke wedstrijden zijn er in de tweede omloop?" on a day of "Tweede omloop heren" and "Tweede
 * omloop dames": the first words of several titles stand for all those sessions, not for the topic or series their
 * last word names (rows from the misses of a tuning day with categories).
 */
@DisplayName("The first words several titles share")
final class TitleStartsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // an ordinal before the topic "Omloop" and a word before the series "Finale" start the titles meant
      "tune68-kaatspartij | welke wedstrijden zijn er in de tweede omloop | Op het programma: keuze "
          + "uit ‘Tweede omloop heren’ (Jelle Postma), in veld A en ‘Tweede omloop dames’, in veld B, "
          + "13:15–14:15.",
      "tune68-kaatspartij | wanneer zijn de halve finales | ‘Halve finales heren’ (Jelle Postma) is "
          + "van 14:30 tot 15:15, in veld A. / ‘Halve finales dames’ is van 14:30 tot 15:15, in veld B.",
      // of a series with a category said after it, the ordinal and the category pick the one, as before
      "tune66-motorcross | hoe lang nog tot de eerste manche van mijn zoon bij de 85cc | Nog 30 "
          + "minuten: om 11:40 begint ‘Eerste manche jeugd 85cc’."})
  @DisplayName("are those sessions")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
