package nl.dagwijzer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code dagwijzer.jar}: the console chat, {@code ask}, {@code check}, {@code bench}, {@code discord}. */
@Command(name = "dagwijzer", mixinStandardHelpOptions = true, version = "dagwijzer 0.1.0",
    description = "Beantwoordt Nederlandse vragen over een evenementdag uit programme.json.",
    subcommands = {DiscordCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    // TODO console chat, or Discord when DISCORD_TOKEN is set
  }
}
