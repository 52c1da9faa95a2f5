package nl.dagwijzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar target/dagwijzer.jar ask} as users run it: its memory bound and its log on stderr. */
@DisplayName("ask from the jar")
final class JarAskIT {
  private static final Path JAR = Path.of("target/dagwijzer.jar");

  private record Result(int exit, List<String> out, String err) {
  }

  private static Result ask(Path stdin, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx64m", "-jar", JAR.toAbsolutePath().toString(), "ask"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectInput(stdin.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("DAGWIJZER_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ask ended").isTrue();
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8).lines().toList(),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("a 2 MB line of words on standard input under -Xmx64m gets 'te lang', and the next line its answer")
  void hugeLineInSmallHeap(@TempDir Path temp) throws IOException, InterruptedException {
    // given a line of 2 MB of words, the kind that runs out of memory when read and understood whole
    String words = "wanneer is de lunsh van michiel luigjas ".repeat(2 * 1024 * 1024 / 40);
    Path stdin = temp.resolve("questions.txt");
    Files.writeString(stdin, words + "\nwanneer is de lunch\n", StandardCharsets.UTF_8);
    // when
    Result result = ask(stdin, Map.of(), "--now", "11:10");
    // then
    assertThat(result.err()).isEmpty();
    assertThat(result.exit()).isZero();
    assertThat(result.out()).containsExactly(
        "Je vraag is te lang (meer dan 500 tekens). Kun je hem korter stellen?", "De lunch is van 12:30 tot 13:00.");
  }

  @Test
  @DisplayName("logs in the set format on stderr: nothing below WARN by default, INFO when DAGWIJZER_LOG_LEVEL says so")
  void logFormatAndLevels(@TempDir Path temp) throws IOException, InterruptedException {
    // given intents that differ from the built-in model's, so start-up trains and says so at INFO
    Path intents = temp.resolve("intents");
    Fixtures.copyIntents(intents);
    Files.writeString(intents.resolve("when.txt"), "hoe laat begint de borrel\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Path stdin = temp.resolve("empty.txt");
    Files.writeString(stdin, "", StandardCharsets.UTF_8);
    // when
    Result quiet = ask(stdin, Map.of(), "--intents", intents.toString(), "hallo");
    Result info = ask(stdin, Map.of("DAGWIJZER_LOG_LEVEL", "INFO"), "--intents", intents.toString(), "hallo");
    // then
    assertThat(quiet.exit()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(info.exit()).isZero();
    assertThat(info.out()).isEqualTo(quiet.out()).hasSize(1);
    assertThat(info.err().lines().toList()).singleElement().asString().matches(
        "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[intents\\] nl\\.dagwijzer\\.nlu\\.PretrainedModel - Trained the intent "
            + "model in \\d+ ms: the intents in use differ from those the built-in model was trained on "
            + "\\(fingerprint [0-9a-f]{64}\\)");
  }
}
