package nl.dagwijzer.nlu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training data: {@code intents/<intent>.txt}, one Dutch example per line, {@code #} starts a comment, entity
 * slots written as {@code {speaker}}, {@code {session}}, {@code {organisation}}, {@code {topic}}, {@code {time}}.
 */
public record IntentExamples(Map<Intent, List<String>> examples) {

  public IntentExamples {
    examples = Map.copyOf(examples);
  }

  /** Reads every {@code *.txt} in {@code folder}; a file whose name is no intent, or a missing intent, is an error. */
  public static IntentExamples read(Path folder) throws IntentsException {
    if (!Files.isDirectory(folder)) {
      throw new IntentsException("map met intenties '" + folder + "' bestaat niet of is geen map");
    }
    Map<Intent, List<String>> examples = new EnumMap<>(Intent.class);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        Intent intent = Intent.fromLabel(name).orElseThrow(() -> new IntentsException(
            file + ": '" + name + "' is geen intentie; gebruik een van " + labels()));
        examples.put(intent, lines(file));
      }
    } catch (IOException e) {
      throw new IntentsException("kan de map met intenties '" + folder + "' niet lezen: " + e.getMessage());
    }
    for (Intent intent : Intent.values()) {
      if (examples.getOrDefault(intent, List.of()).isEmpty()) {
        throw new IntentsException(folder.resolve(intent.label() + ".txt")
            + ": geen voorbeelden; schrijf minstens één voorbeeldvraag per regel");
      }
    }
    return new IntentExamples(examples);
  }

  /** The examples built into the jar (a copy of the repository's {@code intents/} at build time). */
  public static IntentExamples bundled() throws IntentsException {
    Map<Intent, List<String>> examples = new EnumMap<>(Intent.class);
    for (Intent intent : Intent.values()) {
      String resource = "/intents/" + intent.label() + ".txt";
      try (var in = IntentExamples.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IntentsException("ingebouwde intentie " + resource + " ontbreekt in de jar; bouw opnieuw");
        }
        examples.put(intent, lines(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))));
      } catch (IOException e) {
        throw new IntentsException("kan ingebouwde intentie " + resource + " niet lezen: " + e.getMessage());
      }
    }
    return new IntentExamples(examples);
  }

  private static List<String> lines(Path file) throws IOException {
    return lines(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private static List<String> lines(List<String> raw) {
    List<String> result = new ArrayList<>();
    for (String line : raw) {
      String text = line.strip();
      if (!text.isEmpty() && !text.startsWith("#")) {
        result.add(text);
      }
    }
    return result;
  }

  private static String labels() {
    return Stream.of(Intent.values()).map(Intent::label).toList().toString();
  }

  /** The intents folder is missing, unreadable or malformed; the message is Dutch and names the file. */
  public static final class IntentsException extends Exception {
    public IntentsException(String message) {
      super(message);
    }
  }
}
