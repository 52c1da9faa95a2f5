package nl.dagwijzer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeLoader;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check [FILE]}: validates a programme file for organisers before they hand it to the bot. */
@Command(name = "check", description = "Controleer een programmabestand en toon alle fouten.")
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "programme.json",
      description = "Het programmabestand (standaard: ${DEFAULT-VALUE}).")
  Path file;

  @Override
  public Integer call() {
    try {
      Programme programme = new ProgrammeLoader().load(file);
      spec.commandLine().getOut().printf("%s is geldig: %s, %s, %s, %s–%s.%n", file,
          counted(programme.sessions().size(), "onderdeel", "onderdelen"),
          counted(programme.speakers().size(), "spreker", "sprekers"),
          counted(programme.topics().size(), "onderwerp", "onderwerpen"),
          programme.firstStart().map(Object::toString).orElse("-"),
          programme.lastEnd().map(Object::toString).orElse("-"));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (ProgrammeRejectedException e) {
      return Failure.programme(spec.commandLine().getErr(), e);
    }
  }

  /** "1 onderwerp", "8 onderwerpen". */
  private static String counted(int n, String one, String more) {
    return n + " " + (n == 1 ? one : more);
  }
}
