package nl.dagwijzer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code discord}: runs the bot on Discord with the settings from the environment. */
@Command(name = "discord", description = "Start de bot op Discord (instellingen uit de omgeving, zie README).")
public final class DiscordCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0; // TODO
  }
}
