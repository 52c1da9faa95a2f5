package nl.dagwijzer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", description = "Meet opstarttijd, trainingstijd, antwoordtijd en geheugen.")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
