package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Two names said together that are one session's title")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class JoinedNamesTest {
  private final TextNormaliser normaliser = new TextNormaliser();
  private Gazetteer gazetteer;

  @BeforeAll
  void onAPianoCompetition() {
    // a day with "Finale categorie C", the heat "Voorronde categorie C" (alias "categorie c") and the topic
    // "Finaleconcert" (alias "de finale")
    Programme programme = Fixtures.store(java.nio.file.Path.of(
        "src/test/resources/programmes/tune63-pianoconcours.json")).current();
    gazetteer = new Gazetteer(programme, normaliser, new FuzzyWords(), Set.of());
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', value = {
      "wanneer is de finale van categorie c | finale-c",
      "hoe lang duurt de finale categorie b | finale-b",
      // a later "die van" goes with the first name too
      "duurt de finale van categorie c langer dan die van categorie b | finale-c finale-b",
      // names with another word between them stay two
      "is de finale na categorie c | Finaleconcert voorronde-c",
      "wanneer is categorie c | voorronde-c"})
  @DisplayName("reads the pair as the session whose title they make")
  void joins(String question, String ids) {
    // given the names the gazetteer finds in the question
    List<String> tokens = normaliser.tokens(question);
    List<Span> names = gazetteer.find(tokens).stream()
        .map(m -> new Span(m.from(), m.to(), m.entity())).toList();
    // when
    List<Span> read = JoinedNames.join(names, tokens, gazetteer);
    // then
    assertThat(String.join(" ", read.stream().map(s -> s.entity().id()).toList())).isEqualTo(ids);
  }
}
