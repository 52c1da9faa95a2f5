package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Slips in words of the programme's texts")
final class ProgrammeSlipsTest {
  @ParameterizedTest(name = "\"{0}\" for \"{1}\": {2}")
  @CsvSource({
      "pieano,    piano,      true",
      "postermrkt, postermarkt, true",
      "kraampej,  kraampje,   true",
      "kraamjpe,  kraampje,   true",
      "roken,     koken,      false",
      "dochter,   dichter,    false",
      "inwoner,   inwoners,   false",
      "levert,    lever,      false",
      "piano,     piano,      false"})
  @DisplayName("a letter too many or too few inside the word, or two neighbours swapped; not another letter or an ending")
  void slips(String typed, String word, boolean slip) {
    // given a word typed and a word of the programme's texts
    // when
    boolean read = ProgrammeSlips.slip(typed, word);
    // then
    assertThat(read).isEqualTo(slip);
  }

  @ParameterizedTest(name = "\"{0}\" read as \"{1}\"")
  @CsvSource({
      "caht,   chat",
      "chta,   chat",
      "chut,   chut",
      "cht,    cht",
      "pieano, piano"})
  @DisplayName("a four-letter word only with two neighbours swapped, longer words with one letter more or less too")
  void corrects(String typed, String read) {
    // given the texts' words and a question whose word the finder did not know
    ProgrammeSlips slips = new ProgrammeSlips(java.util.Set.of(), java.util.Set.of("chat", "piano", "poll"));
    java.util.List<String> tokens = java.util.List.of("wie", "doet", "de", typed);
    java.util.List<Span> spans = java.util.List.of(new Span(3, 4, new Entity(EntityType.UNKNOWN, "word:" + typed,
        typed)));
    // when
    java.util.List<String> corrected = slips.corrected(tokens, spans, java.util.Set.of());
    // then
    assertThat(corrected.get(3)).isEqualTo(read);
  }

  @ParameterizedTest(name = "\"{0}\" read as \"{1}\"")
  @CsvSource({
      "verloting, verloot",
      "proeving,  proeven",
      "opening,   opening",
      "planning,  planning"})
  @DisplayName("a noun in -ing as the verb the texts use, its short vowel written double; not a noun they have")
  void verbOfNoun(String typed, String read) {
    // given texts that say "wordt verloot", "proeven", "opening" and "planning"
    ProgrammeSlips slips = new ProgrammeSlips(java.util.Set.of(), java.util.Set.of("verloot", "proeven", "opening",
        "planning", "plannen"));
    java.util.List<String> tokens = java.util.List.of("wanneer", "is", "de", typed);
    java.util.List<Span> spans = java.util.List.of(new Span(3, 4, new Entity(EntityType.UNKNOWN, "word:" + typed,
        typed)));
    // when
    java.util.List<String> corrected = slips.corrected(tokens, spans, java.util.Set.of());
    // then
    assertThat(corrected.get(3)).isEqualTo(read);
  }
}
