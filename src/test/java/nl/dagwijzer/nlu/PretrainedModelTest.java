package nl.dagwijzer.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model the build trains into {@code target/classes} (what the jar ships) against one trained in the test: it
 * must classify exactly alike, and never answer for intents it was not trained on.
 */
@DisplayName("Pre-trained intent model")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class PretrainedModelTest {
  private static final Path QUESTIONS = Path.of("src/test/resources/questions");
  /** A question no example resembles: its intent shows which examples the model was trained on. */
  private static final String NEW_QUESTION = "mag mijn hond mee naar binnen";

  private IntentExamples examples;
  private Understander fresh;
  private List<Programme> programmes;

  @BeforeAll
  void trainFresh() throws IntentExamples.IntentsException {
    examples = IntentExamples.read(Fixtures.INTENTS);
    fresh = Understander.train(examples, Fixtures.THRESHOLD);
    programmes = List.of(Fixtures.store(Fixtures.PROGRAMME).current(),
        Fixtures.store(Fixtures.OTHER_PROGRAMME).current());
  }

  /** Every question of the question sets and every intent example as typed, slots and all. */
  private List<String> questions() throws IOException {
    List<String> questions = new ArrayList<>();
    // Every tuned set (the held-out ones stay out of every run that prints questions)
    try (Stream<Path> files = Files.walk(QUESTIONS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tsv") && !f.toString().contains("heldout"))
          .sorted().toList()) {
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("\t"))
            .map(line -> line.split("\t")[1].replaceFirst("^\\+ ", ""))
            .forEach(questions::add);
      }
    }
    examples.examples().values().forEach(questions::addAll);
    return questions;
  }

  private Understander shipped(IntentExamples intents) {
    return PretrainedModel.builtIn(ModelFingerprint.of(intents), Fixtures.THRESHOLD).orElse(null);
  }

  @Test
  @DisplayName("the model built into the jar classifies every question exactly as a freshly trained one")
  void shippedEqualsFresh() throws IOException {
    // given the model the build trained on the repository's intents
    Understander shipped = shipped(examples);
    assertThat(shipped).as("the build's model for the repository's intents").isNotNull();
    List<String> questions = questions();
    // when
    List<Understanding> byShipped = new ArrayList<>();
    List<Understanding> byFresh = new ArrayList<>();
    for (Programme programme : programmes) {
      for (String question : questions) {
        byShipped.add(shipped.understand(question, programme));
        byFresh.add(fresh.understand(question, programme));
      }
    }
    // then: the same intent, the same probability to the last bit, the same entities, the same spelling vocabulary
    assertThat(questions).hasSizeGreaterThan(1000);
    assertThat(byShipped).containsExactlyElementsOf(byFresh);
    assertThat(shipped.vocabulary().counts()).isEqualTo(fresh.vocabulary().counts());
  }

  @Test
  @DisplayName("start-up takes the built-in model for the intents it was trained on")
  void startUpUsesShippedModel() {
    // given the repository's intents
    // when
    Understander understander = PretrainedModel.understander(examples, Fixtures.THRESHOLD);
    // then
    assertThat(understander.classifier()).isNotSameAs(fresh.classifier());
    assertThat(understander.understand(NEW_QUESTION, programmes.get(0)))
        .isEqualTo(fresh.understand(NEW_QUESTION, programmes.get(0)));
  }

  @Test
  @DisplayName("a changed intents file is never answered by the built-in model: start-up trains on it")
  void changedIntentsAreTrained(@TempDir Path folder) throws IOException, IntentExamples.IntentsException {
    // given the repository's intents with one more 'when' example
    Fixtures.copyIntents(folder);
    Files.writeString(folder.resolve("when.txt"), NEW_QUESTION + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    IntentExamples changed = IntentExamples.read(folder);
    Understanding before = fresh.understand(NEW_QUESTION, programmes.get(0));
    // when
    Understander understander = PretrainedModel.understander(changed, Fixtures.THRESHOLD);
    Understanding after = understander.understand(NEW_QUESTION, programmes.get(0));
    // then
    assertThat(shipped(changed)).as("the built-in model for changed intents").isNull();
    assertThat(after).isEqualTo(Understander.train(changed, Fixtures.THRESHOLD)
        .understand(NEW_QUESTION, programmes.get(0)));
    assertThat(after.intent()).isEqualTo(Intent.WHEN);
    assertThat(before.intent()).isNotEqualTo(Intent.WHEN);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"an example line changed", "an example line removed", "the shaping version bumped",
      "the classifier configuration changed"})
  @DisplayName("the fingerprint changes with every input of training")
  void fingerprintCoversEveryInput(String change, @TempDir Path folder)
      throws IOException, IntentExamples.IntentsException {
    // given
    Fixtures.copyIntents(folder);
    Path help = folder.resolve("help.txt");
    List<String> lines = new ArrayList<>(Files.readAllLines(help, StandardCharsets.UTF_8));
    int version = Understander.SHAPING_VERSION;
    String configuration = IntentClassifier.configuration();
    switch (change) {
      case "an example line changed" -> lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " nu");
      case "an example line removed" -> lines.remove(lines.size() - 1);
      case "the shaping version bumped" -> version++;
      default -> configuration = configuration.replace("Iterations=200", "Iterations=201");
    }
    Files.write(help, lines, StandardCharsets.UTF_8);
    // when
    ModelFingerprint changed = ModelFingerprint.of(IntentExamples.read(folder), version, configuration);
    // then
    assertThat(IntentClassifier.configuration()).contains("Iterations=200");
    assertThat(changed).isNotEqualTo(ModelFingerprint.of(examples));
  }

  @Test
  @DisplayName("comments and blank lines in the intents leave the fingerprint as it is")
  void commentsDoNotRetrain(@TempDir Path folder) throws IOException, IntentExamples.IntentsException {
    // given
    Fixtures.copyIntents(folder);
    Files.writeString(folder.resolve("help.txt"), "\n# een opmerking\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    // when
    ModelFingerprint commented = ModelFingerprint.of(IntentExamples.read(folder));
    // then
    assertThat(commented).isEqualTo(ModelFingerprint.of(examples));
  }
}
