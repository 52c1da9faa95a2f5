package nl.dagwijzer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that answers questions shares. */
public final class CoreOptions {
  static final String DEFAULT_PROGRAMME = "programme.json";

  @Option(names = "--programme", paramLabel = "FILE", description = "Het programmabestand (standaard: ${DEFAULT-VALUE}).",
      defaultValue = DEFAULT_PROGRAMME)
  Path programme;

  @Option(names = "--intents", paramLabel = "DIR",
      description = "Map met voorbeeldvragen per intentie (standaard: ./intents, anders de ingebouwde).")
  Path intents;
}
