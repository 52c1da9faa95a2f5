package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies to a person's number where a description gives it beside their name ("bel Joyce van den Berg op
 * 06-12345678"), also in chat shorthand ("tel nr joyce?", "noodnr?"); with no one named ("wie moet ik bellen als ik te
 * laat ben?"), the day's sentences with a number to call, when there are one or two. Line breaks " / ".
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
          + " 06-48213576 (meester Rob Veenstra).",
      // no one named: the day's sentence with a number to call
      "tune43-teamdag.json | wie moet ik bellen als ik te laat ben | Uit de beschrijving van de dag: Vragen op de dag"
          + " zelf of afmelden: bel Joyce van den Berg op 06-12345678.",
      "tune43-teamdag.json | welk nummer moet ik bellen | Uit de beschrijving van de dag: Vragen op de dag zelf of"
          + " afmelden: bel Joyce van den Berg op 06-12345678."})
  @DisplayName("quote the sentence with the number")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
