package nl.dagwijzer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import nl.dagwijzer.answer.Assistant;
import nl.dagwijzer.answer.ConversationMemory;
import nl.dagwijzer.answer.Reply;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeLoader;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.programme.ValidationError;
import nl.dagwijzer.testing.Fixtures;
import nl.dagwijzer.testing.ManualClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Mutated programmes and questions, seeded so a failure can be replayed, bounded so it runs in a few seconds. Every
 * file is either accepted or rejected with located Dutch errors (never an exception), and every accepted programme
 * answers the commonest questions, and random ones, without an exception.
 */
@DisplayName("Fuzzing programmes and questions")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ProgrammeFuzzTest {
  private static final long SEED = 20261202L;
  private static final int ROUNDS = 600;
  private static final List<String> COMMON = List.of("wanneer is de lunch?", "wat is er nu?", "wat komt hierna?",
      "wie spreekt er?", "welke workshops zijn er?", "wat is het programma?", "waar is het?", "hoe laat begint het?",
      "wanneer is het afgelopen?", "waar gaat deze dag over?", "wie is de dagvoorzitter?", "hoeveel workshops zijn er?",
      "wat is er om 14:00?", "wat is er 's middags?", "is er een borrel?", "welke workshop is het kortst?",
      "wat is er na de pauze?", "in welke zaal is de eerste workshop?", "op welke dag is het?", "help");
  private static final List<String> WORDS = List.of("wie", "wat", "wanneer", "waar", "hoeveel", "is", "er", "de",
      "lunch", "om", "14:00", "25:99", "na", "voor", "tijdens", "tussen", "en", "'s", "middags", "zaal", "2", "niet",
      "vaker", "dan", "één", "keer", "langste", "eerste", "ronde", "tweede", "Pieter", "Jansen", "over", "workshop",
      "\u200B", "???", "😀", "a".repeat(40), "van", "tot", "half", "elf", "uur", "kwartier", "duurt", "panel");

  private final ObjectMapper json = new ObjectMapper();
  private final ProgrammeLoader loader = new ProgrammeLoader();
  private Understander understander;
  private List<byte[]> seeds;

  @BeforeAll
  void setUp() throws IOException {
    understander = Fixtures.understander();
    seeds = new ArrayList<>();
    seeds.add(Files.readAllBytes(Fixtures.PROGRAMME));
    try (var files = Files.list(Path.of("src/test/resources/programmes"))) {
      for (Path file : files.sorted().toList()) {
        seeds.add(Files.readAllBytes(file));
      }
    }
  }

  @Test
  @DisplayName("mutated programmes load or are rejected with located errors; accepted ones answer every question")
  void mutatedProgrammes() throws IOException {
    // given a seeded source of mutations
    Random random = new Random(SEED);
    int accepted = 0;
    int rejected = 0;
    for (int round = 0; round < ROUNDS; round++) {
      byte[] seed = seeds.get(random.nextInt(seeds.size()));
      byte[] mutated = random.nextInt(3) == 0 ? mutateBytes(seed, random) : mutateTree(seed, random);
      // when
      Programme programme;
      try {
        programme = loader.parse("fuzz.json", mutated);
      } catch (ProgrammeRejectedException e) {
        // then a rejection names where and what, for every error
        rejected++;
        assertThat(e.errors()).as("round %d", round).isNotEmpty();
        for (ValidationError error : e.errors()) {
          assertThat(error.format()).as("round %d", round).startsWith("fuzz.json");
          assertThat(error.message()).as("round %d", round).isNotBlank().doesNotContain("Exception");
          if (!wholeFile(error)) {
            assertThat(error.line()).as("round %d: %s", round, error.format()).isPositive();
          }
        }
        continue;
      }
      accepted++;
      assertAnswers(programme, mutated, random, round);
    }
    System.out.printf("fuzz: %d rounds, %d accepted, %d rejected%n", ROUNDS, accepted, rejected);
    assertThat(accepted).isPositive();
    assertThat(rejected).isPositive();
  }

  /** Messages about the file as a whole (empty, too large, not UTF-8 at its start) need no line. */
  private static boolean wholeFile(ValidationError error) {
    return error.message().startsWith("het bestand is leeg") || error.message().startsWith("het bestand is groter");
  }

  private void assertAnswers(Programme programme, byte[] content, Random random, int round) throws IOException {
    Path file = Files.createTempFile("fuzz", ".json");
    try {
      Files.write(file, content);
      ProgrammeStore store = ProgrammeStore.open(file, loader);
      LocalDate day = programme.event().date().orElse(LocalDate.of(2026, 11, 27));
      ManualClock clock = Fixtures.clockAt(day, LocalTime.of(8 + random.nextInt(12), random.nextInt(60)));
      Assistant assistant = new Assistant(store, understander, clock,
          new ConversationMemory(clock, java.time.Duration.ofMinutes(15)));
      List<String> questions = new ArrayList<>(COMMON);
      for (int i = 0; i < 5; i++) {
        StringBuilder question = new StringBuilder();
        for (int w = 0; w < 1 + random.nextInt(8); w++) {
          question.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        questions.add(question.toString());
      }
      for (String question : questions) {
        Reply reply = assistant.ask("fuzz-" + round, question);
        assertThat(reply.text()).as("round %d: %s", round, question).isNotBlank();
      }
    } catch (ProgrammeRejectedException e) {
      throw new AssertionError("round " + round + ": the seed programme must load", e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static byte[] mutateBytes(byte[] seed, Random random) {
    byte[] bytes = seed.clone();
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(3)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> {
          byte[] shorter = new byte[bytes.length - 1];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
          bytes = shorter;
        }
        default -> {
          byte[] longer = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, longer, 0, at);
          longer[at] = (byte) "{}[],:\"0a \\".charAt(random.nextInt(11));
          System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
          bytes = longer;
        }
      }
    }
    return bytes;
  }

  private byte[] mutateTree(byte[] seed, Random random) throws IOException {
    JsonNode root = json.readTree(seed);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      JsonNode target = containers.get(random.nextInt(containers.size()));
      if (target instanceof ObjectNode object && object.size() > 0) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(4)) {
          case 0 -> object.remove(name);
          case 1 -> object.set(name, oddValue(random));
          case 2 -> object.set(name + "x", oddValue(random));
          default -> object.set(name, object.get(name).deepCopy());
        }
      } else if (target instanceof ArrayNode array && array.size() > 0) {
        int at = random.nextInt(array.size());
        switch (random.nextInt(3)) {
          case 0 -> array.remove(at);
          case 1 -> array.add(array.get(at).deepCopy());
          default -> array.set(at, oddValue(random));
        }
      }
    }
    return json.writeValueAsBytes(root);
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      Iterator<JsonNode> children = node.elements();
      children.forEachRemaining(child -> collect(child, into));
    }
  }

  private static JsonNode oddValue(Random random) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (random.nextInt(12)) {
      case 0 -> nodes.nullNode();
      case 1 -> nodes.numberNode(random.nextInt(2000) - 1000);
      case 2 -> nodes.textNode("");
      case 3 -> nodes.textNode("\u00A0\u200B");
      case 4 -> nodes.textNode("25:99");
      case 5 -> nodes.textNode(String.format("%02d:%02d", random.nextInt(24), random.nextInt(60)));
      case 6 -> nodes.arrayNode().add("onbekend-id");
      case 7 -> nodes.objectNode().put("id", "x");
      case 8 -> nodes.booleanNode(true);
      case 9 -> nodes.textNode("workshop");
      case 10 -> nodes.textNode("x".repeat(5000));
      default -> nodes.numberNode(1.5);
    };
  }
}
