package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to "bij welke onderdelen is strafrechter joost verbrugge te zien?": the role before a name says who he
 * is, so every session of his, not only those about criminal law (a row from the misses of a later tuning day).
 */
@DisplayName("A speaker named with his role")
final class PersonDescribedReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "tune57-rechtbankdag | bij welke onderdelen is strafrechter joost verbrugge te zien | Op het programma: / •"
          + " ‘Nagespeelde strafzaak: De gestolen bakfiets’ (mr. Joost Verbrugge, Lotte Hagedoorn en Daan Meuleman),"
          + " in Zittingszaal 1, 10:30–11:15 / • ‘Een dag uit het leven van een rechter’ (mr. Joost Verbrugge),"
          + " in Aula,"
          + " 11:30–12:10 / • ‘Nagespeelde strafzaak: De gestolen bakfiets’ (mr. Joost Verbrugge, Lotte Hagedoorn en"
          + " Daan Meuleman), in Zittingszaal 1, 13:00–13:45 / • ‘Nagespeelde strafzaak: De gestolen bakfiets’ (mr."
          + " Joost Verbrugge, Lotte Hagedoorn en Daan Meuleman), in Zittingszaal 1, 14:30–15:15 / • ‘Vragenuur:"
          + " rechter, officier en advocaat’ (mr. Joost Verbrugge, mr. Marloes Tjalsma, mr. Bram Dijkhuizen en Femke"
          + " Rozendaal), in Aula, 15:30–16:15"})
  @DisplayName("lists all his sessions")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
