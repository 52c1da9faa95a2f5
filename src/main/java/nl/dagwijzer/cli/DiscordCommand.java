package nl.dagwijzer.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.dagwijzer.discord.DiscordBot;
import nl.dagwijzer.discord.DiscordSettings;
import nl.dagwijzer.discord.SettingsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code discord}: runs the bot on Discord with the settings from the environment. */
@Command(name = "discord", description = "Start de bot op Discord (instellingen uit de omgeving, zie README).")
public final class DiscordCommand implements Callable<Integer> {
  private final Map<String, String> environment;

  @Spec
  CommandSpec spec;

  public DiscordCommand() {
    this(System.getenv());
  }

  public DiscordCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
    DiscordSettings settings;
    try {
      settings = DiscordSettings.fromEnvironment(environment);
    } catch (SettingsException e) {
      err.println(e.getMessage());
      err.flush();
      return 2;
    }
    return new DiscordBot(settings, err).run();
  }
}
