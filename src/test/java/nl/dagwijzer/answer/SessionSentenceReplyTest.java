package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to yes/no questions one sentence of a session's or the day's text decides: what happens after a
 * session, how large a group may be (rows from the misses of the later tuning days).
 */
@DisplayName("Yes or no from one sentence of the texts")
final class SessionSentenceReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      // "na het toernooi" asks what its own text says of afterwards, not what else is on after it
      "tune49-kasteeldag | mogen kinderen na het toernooi de paarden aaien | Ja, uit de beschrijving van"
          + " ‘Riddertoernooi’: Na afloop mogen kinderen de paarden aaien",
      // a group of 30 against "Maximaal 25 personen per rondleiding"
      "tune49-kasteeldag | kunnen we met een groep van 30 op een rondleiding | Nee, uit de beschrijving van"
          + " ‘Rondleiding door het kasteel’: Maximaal 25 personen per rondleiding",
      // "7 man" is a number of people too
      "tune46-quiz | mogen we met 7 man in een team | Nee, uit de beschrijving van de dag: Pubquiz en spellenavond"
          + " voor teams van maximaal 6 personen in wijkcentrum De Lindeboom, met 8 quizrondes, bingo en vooraf een"
          + " kinderquiz.",
      // "lastig" with a wheelchair is a no to "goed te doen"
      "tune49-kasteeldag | is de tuinwandeling goed te doen met een rolstoel | Nee, uit de beschrijving van"
          + " ‘Tuinwandeling met de hoofdtuinier’: Met een rolstoel lastig vanwege het grind"})
  @DisplayName("answers yes or no with the sentence")
  void reply(String day, String question, String expected) {
    // given that day, when asked at 11:10, then the whole reply
    assertThat(replyOn(day + ".json", question)).isEqualTo(expected);
  }
}
