package nl.dagwijzer.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.dagwijzer.discord.DiscordBot;
import nl.dagwijzer.discord.DiscordSettings;
import nl.dagwijzer.discord.SettingsException;
import nl.dagwijzer.nlu.IntentExamples;
import nl.dagwijzer.nlu.Understander;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ProgrammeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code discord}: runs the bot on Discord with the settings from the environment. */
@Command(name = "discord", description = "Start de bot op Discord (instellingen uit de omgeving, zie README).")
public final class DiscordCommand implements Callable<Integer> {
  private final Map<String, String> environment;

  @Spec
  CommandSpec spec;

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
    ProgrammeStore store;
    Understander understander;
    try {
      store = Core.store(settings.programme());
      understander = Core.understander(null);
    } catch (ProgrammeRejectedException e) {
      return Failure.programme(err, e);
    } catch (IntentExamples.IntentsException e) {
      return Failure.intents(err, e);
    }
    return new DiscordBot(settings, store, understander, err).run();
  }
}
