package nl.dagwijzer.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.dagwijzer.e2e.local.LocalDiscord;

/**
 * The bot as users run it: {@code java -jar target/dagwijzer.jar discord} in its own process, configured only by
 * the documented environment variables, pointed at a {@link LocalDiscord}. {@link #close()} always ends the process.
 */
final class BotProcess implements AutoCloseable {
  static final Path JAR = Path.of("target/dagwijzer.jar");

  private final Process process;
  private final Path log;

  private BotProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** The settings every scenario shares; {@code extra} adds or overrides (e.g. rehearsal clock, reminders). */
  static Map<String, String> environment(LocalDiscord discord, Path programme, Path state, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("DISCORD_TOKEN", discord.botToken());
    env.put("DISCORD_API_URL", discord.restUrl());
    env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
    env.put("DAGWIJZER_PROGRAMME", programme.toString());
    env.put("DAGWIJZER_STATE_DIR", state.toString());
    env.putAll(extra);
    return env;
  }

  static BotProcess start(Map<String, String> environment, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", JAR.toAbsolutePath().toString(),
        "discord"));
    builder.environment().keySet().removeIf(k -> k.startsWith("DISCORD_") || k.startsWith("DAGWIJZER_"));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new BotProcess(builder.start(), log);
  }

  /** Sends SIGTERM, as a container runtime does on stop, and returns the exit code. */
  int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the bot did not exit within " + timeout + " after SIGTERM\n" + log());
    }
    return process.exitValue();
  }

  /** Kills the process at once (SIGKILL, as {@code kill -9}): no shutdown hook runs. Returns the exit code. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      throw new AssertionError("the bot did not die after SIGKILL");
    }
    return process.exitValue();
  }

  /** Waits for the process to end by itself (e.g. a start-up error) and returns its exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the bot is still running after " + timeout + "\n" + log());
    }
    return process.exitValue();
  }

  boolean alive() {
    return process.isAlive();
  }

  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
