package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to whether one may bring a thing that a description lists after a head that forbids it ("Niet
 * toegestaan op het terrein: drones, glazen flessen en honden"), asked in the singular or the plural, with or without
 * "meenemen".
 */
@DisplayName("A thing the day does not allow")
final class NotAllowedReplyTest extends WholeReplyTest {
  private static final String LISTED = "Nee, uit de beschrijving van ‘Kassa en informatiebalie’: Niet toegestaan op"
      + " het terrein: drones, glazen flessen en honden.";

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "mag ik mijn drone meenemen",
      "mag mijn hond mee",
      "mag de hond mee",
      "mag ik mijn hond meenemen",
      "mogen honden mee"})
  @DisplayName("say no with the sentence that forbids it")
  void answers(String question) {
    // given the air show's programme, when
    String reply = replyOn("tune45-vliegshow.json", question);
    // then
    assertThat(reply).isEqualTo(LISTED);
  }
}
