package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a person's number where a description gives it beside their name ("bel Joyce van den Berg op
 * 06-12345678"), also in chat shorthand ("tel nr joyce?", "noodnr?"). Line breaks " / ".
 */
@DisplayName("A number a description gives")
final class ContactSentenceReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune43-teamdag.json | wat is het telefoonnummer van joyce | Uit de beschrijving van de dag: Vragen op de dag"
          + " zelf of afmelden: bel Joyce van den Berg op 06-12345678.",
      "tune43-teamdag.json | tel nr joyce? | Uit de beschrijving van de dag: Vragen op de dag zelf of afmelden: bel"
          + " Joyce van den Berg op 06-12345678.",
      "tune42-schoolreisje.json | noodnr? | Noodnummer: Op de dag zelf is de school bereikbaar via het noodnummer"
          + " 06-48213576 (meester Rob Veenstra)."})
  @DisplayName("quote the sentence with the number")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
