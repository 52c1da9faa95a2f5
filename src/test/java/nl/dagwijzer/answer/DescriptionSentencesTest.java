package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A description split into its sentences")
class DescriptionSentencesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Eén zin zonder punt",
      "Eerste zin. Tweede zin!  Derde zin? Vierde",
      "  Spaties eromheen.   Zin twee.  ",
      "Een regel.\nEen nieuwe regel.\n\n\tEn een alinea.",
      "Versie 2.0 komt uit. Om 10.30 uur!?Nog steeds één.",
      "Zin... En verder. ",
      "Eindigt op een punt."})
  @DisplayName("cuts after . ! or ? followed by white space, as a split on (?<=[.!?])\\s+ does")
  void sentences(String text) {
    // given a description of a session
    List<String> expected = Arrays.asList(text.strip().split("(?<=[.!?])\\s+"));
    // when
    List<String> sentences = DescriptionIndex.sentences(text);
    // then
    assertThat(sentences).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "Loop aan boord van de mijnenjager Zr.Ms. Makkum. Laatste toegang om 16:00. | Loop aan boord van de mijnenjager"
          + " Zr.Ms. Makkum. / Laatste toegang om 16:00.",
      "Met dhr. Jansen en ca. 20 vrijwilligers. Daarna koffie. | Met dhr. Jansen en ca. 20 vrijwilligers. / Daarna"
          + " koffie.",
      "Start om 10.30. Einde om 12.00. | Start om 10.30. / Einde om 12.00."})
  @DisplayName("does not cut after an abbreviation, but after a time")
  void abbreviations(String text, String expected) {
    // given a description with abbreviations or times before a full stop
    // when it is cut into sentences
    String sentences = String.join(" / ", DescriptionIndex.sentences(text));
    // then only at the ends of sentences, each whole
    assertThat(sentences).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "   ", "\n"})
  @DisplayName("a blank description has no sentences")
  void blank(String text) {
    // given a blank summary
    // when
    List<String> sentences = DescriptionIndex.sentences(text);
    // then
    assertThat(sentences).isEmpty();
  }
}
