package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Understander")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class UnderstanderTest {
  private Understander understander;
  private Programme programme;

  @BeforeAll
  void train() {
    understander = Fixtures.understander();
    programme = Fixtures.store(Fixtures.PROGRAMME).current();
  }

  /** {@code TYPE=id=text} entries separated by {@code ;}, or empty for none. */
  private static List<Entity> entities(String written) {
    if (written == null || written.isBlank()) {
      return List.of();
    }
    return Arrays.stream(written.split(";")).map(String::strip).map(e -> e.split("=", 3))
        .map(p -> new Entity(EntityType.valueOf(p[0]), p[1], p[2])).toList();
  }

  @ParameterizedTest(name = "\"{0}\" is {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "wanneer is de lunch                  | WHEN      | SESSION=lunch=lunch",
      "wanneer is de workshop van Zoetermeer | WHEN     | SESSION=workshop-zoetermeer=workshop van zoetermeer",
      "wanneer spreekt Maartje Bos          | WHEN      | SPEAKER=maartje-bos=maartje bos",
      "wie spreekt over Breda               | WHO       | ORGANISATION=gemeente Breda=breda",
      "wie geeft de inleiding               | WHO       | SESSION=inleiding=inleiding",
      "wie is Michiel Luigjes               | PERSON    | SPEAKER=michiel-luigjes=michiel luigjes",
      "waar gaat de workshop van Breda over | ABOUT     | SESSION=workshop-breda=workshop van breda",
      "wat is Zoete Kruimels                | ABOUT     | TOPIC=Zoete Kruimels=zoete kruimels",
      "hoe lang duurt de workshop van Amsterdam | DURATION | SESSION=workshop-amsterdam=workshop van amsterdam",
      "wat duurt langer, de lunch of de inleiding | DURATION | SESSION=lunch=lunch; SESSION=inleiding=inleiding",
      "welke workshops zijn er              | WORKSHOPS | PART=workshops=workshops",
      "wat is het programma                 | PROGRAMME |",
      "wat is er nu                         | NOW       |",
      "wat is er om 11 uur                  | NOW       | TIME=11:00=11 uur",
      "wat is er om half 12                 | NOW       | TIME=11:30=half 12",
      "wat komt er hierna                   | NEXT      |",
      "wat komt er na de inleiding          | NEXT      | SESSION=inleiding=inleiding",
      "waar gaat deze dag over              | EVENT     |",
      "hallo                                | GREETING  |",
      "bedankt                              | THANKS    |",
      "help                                 | HELP      |",
      "wat is het wifi wachtwoord           | UNKNOWN   |"})
  @DisplayName("reads the intent and the entities of typical questions, with a confidence between 0 and 1")
  void typicalQuestions(String question, Intent intent, String expectedEntities) {
    // given a trained understander and the real programme
    // when
    Understanding understanding = understander.understand(question, programme);
    // then
    assertThat(understanding.question()).isEqualTo(question);
    assertThat(understanding.intent()).isEqualTo(intent);
    assertThat(understanding.entities()).containsExactlyElementsOf(entities(expectedEntities));
    assertThat(understanding.confidence()).isBetween(0.0, 1.0);
    if (intent != Intent.UNKNOWN) {
      assertThat(understanding.confidence()).isGreaterThanOrEqualTo(Fixtures.THRESHOLD);
    }
    assertThat(understanding.fragment()).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\" is a fragment naming {1}")
  @CsvSource(delimiter = '|', value = {
      "lunsh?             | SESSION=lunch=lunsh",
      "en de lunch?       | SESSION=lunch=lunch",
      "Michiel Luigjes    | SPEAKER=michiel-luigjes=michiel luigjes",
      "en die van Breda?  | ORGANISATION=gemeente Breda=breda"})
  @DisplayName("marks a question of only names and filler words as a fragment")
  void fragments(String question, String expectedEntities) {
    // given a trained understander and the real programme
    // when
    Understanding understanding = understander.understand(question, programme);
    // then
    assertThat(understanding.fragment()).isTrue();
    assertThat(understanding.entities()).containsExactlyElementsOf(entities(expectedEntities));
    assertThat(understanding.confidence()).isBetween(0.0, 1.0);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "   ", "?", "?!", "...", "– ‘’ !"})
  @DisplayName("reads an empty or punctuation-only question as unknown, with nothing found")
  void emptyQuestion(String question) {
    // given a trained understander and the real programme
    // when
    Understanding understanding = understander.understand(question, programme);
    // then
    assertThat(understanding.intent()).isEqualTo(Intent.UNKNOWN);
    assertThat(understanding.confidence()).isZero();
    assertThat(understanding.entities()).isEmpty();
    assertThat(understanding.fragment()).isFalse();
  }

  @Nested
  @DisplayName("reading the intent examples")
  final class ReadingExamples {
    private static final String ALL_LABELS =
        "[when, who, person, about, duration, workshops, programme, now, next, event, room, date, count, greeting, thanks, help, unknown, choose, forget, remind]";

    @Test
    @DisplayName("reads every intent of the repository's folder, without comments and blank lines")
    void readsRepositoryFolder() throws Exception {
      // given
      Path folder = Fixtures.INTENTS;
      // when
      IntentExamples examples = IntentExamples.read(folder);
      // then
      assertThat(examples.examples()).containsOnlyKeys(Intent.values());
      assertThat(examples.examples().values()).allSatisfy(lines -> assertThat(lines).isNotEmpty()
          .noneMatch(line -> line.isBlank() || line.startsWith("#")));
      assertThat(examples.examples().get(Intent.GREETING)).startsWith("hallo", "hoi");
    }

    @Test
    @DisplayName("says in Dutch that a missing folder does not exist")
    void missingFolder(@TempDir Path temp) {
      // given
      Path folder = temp.resolve("intenties");
      // when / then
      assertThatThrownBy(() -> IntentExamples.read(folder))
          .isInstanceOf(IntentExamples.IntentsException.class)
          .hasMessage("map met intenties '" + folder + "' bestaat niet of is geen map");
    }

    @Test
    @DisplayName("says in Dutch which file is named after no intent, and lists the intents")
    void fileNamedAfterNoIntent(@TempDir Path temp) throws IOException {
      // given
      copyIntents(temp);
      Files.writeString(temp.resolve("foo.txt"), "wat is foo\n", StandardCharsets.UTF_8);
      // when / then
      assertThatThrownBy(() -> IntentExamples.read(temp))
          .isInstanceOf(IntentExamples.IntentsException.class)
          .hasMessage(temp.resolve("foo.txt") + ": 'foo' is geen intentie; gebruik een van " + ALL_LABELS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty file             | ''",
        "only comments and blanks | '# bedankt\n\n   \n# dank je\n'"})
    @DisplayName("says in Dutch which intent has no examples")
    void intentWithoutExamples(String what, String content, @TempDir Path temp) throws IOException {
      // given
      copyIntents(temp);
      Files.writeString(temp.resolve("thanks.txt"), content.replace("\\n", "\n"), StandardCharsets.UTF_8);
      // when / then
      assertThatThrownBy(() -> IntentExamples.read(temp))
          .isInstanceOf(IntentExamples.IntentsException.class)
          .hasMessage(temp.resolve("thanks.txt") + ": geen voorbeelden; schrijf minstens één voorbeeldvraag per regel");
    }

    @Test
    @DisplayName("says in Dutch which intent file is missing")
    void intentFileMissing(@TempDir Path temp) throws IOException {
      // given
      copyIntents(temp);
      Files.delete(temp.resolve("help.txt"));
      // when / then
      assertThatThrownBy(() -> IntentExamples.read(temp))
          .isInstanceOf(IntentExamples.IntentsException.class)
          .hasMessage(temp.resolve("help.txt") + ": geen voorbeelden; schrijf minstens één voorbeeldvraag per regel");
    }

    private void copyIntents(Path target) throws IOException {
      try (Stream<Path> files = Files.list(Fixtures.INTENTS)) {
        for (Path file : files.toList()) {
          Files.copy(file, target.resolve(file.getFileName().toString()));
        }
      }
    }
  }
}
