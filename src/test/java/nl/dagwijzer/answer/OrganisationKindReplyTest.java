package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to people asked by the kind of their organisation: its first word when anyone would ask by it ("bij
 * het theater" for "Theater De Kolk"), or the end of its compound first word that names an institution ("van een
 * omroep" for "Stadsomroep IJsselland"). Line breaks " / ".
 */
@DisplayName("Replies to people asked by the kind of their organisation")
final class OrganisationKindReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune45-dansschool.json | wie werken er bij het theater | Bij ‘Generale repetitie’ (09:00–12:30) spreekt Bart"
          + " Hoogendoorn (technicus licht en geluid, Theater De Kolk). / Bij ‘Kaartverkoop en kassa’ (13:00–19:30)"
          + " spreekt Ellen Schouten (kassa en zaalmanager, Theater De Kolk).",
      "tune46-quiz.json | wie komt er van een omroep | Bij ‘Ronde 5: Sport’ (22:00–22:20) spreekt Kees Brouwer"
          + " (quizmaster; sportverslaggever, Stadsomroep IJsselland).",
  })
  @DisplayName("given organisations of a kind, when people of that kind are asked, then those of it")
  void peopleOfAKind(String programme, String question, String expected) {
    assertThat(replyOn(programme, question)).isEqualTo(expected);
  }
}
