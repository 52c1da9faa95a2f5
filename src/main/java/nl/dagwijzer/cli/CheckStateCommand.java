package nl.dagwijzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.dagwijzer.store.ReminderLog;
import nl.dagwijzer.store.StateDatabase;
import nl.dagwijzer.store.StateReport;
import nl.dagwijzer.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check-state}: shows an operator what the bot's state database holds, read-only (also while the bot runs):
 * exit 0 with the scheduled announcements and the reminders posted on a day, or exit 1 with one Dutch line saying
 * why the state cannot be used.
 */
@Command(name = "check-state", description = "Toon wat de bot heeft opgeslagen: geplande aankondigingen en de"
    + " herinneringen van vandaag.")
final class CheckStateCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  @Spec
  CommandSpec spec;

  @Option(names = "--state", paramLabel = "DIR",
      description = "De map met dagwijzer.db (standaard: DAGWIJZER_STATE_DIR, anders ./state).")
  Path dir;

  @Option(names = "--datum", paramLabel = "YYYY-MM-DD",
      description = "De dag waarvan de geplaatste herinneringen worden getoond (standaard: vandaag).")
  LocalDate day;

  private final Map<String, String> environment;
  private final Clock clock;

  CheckStateCommand(Map<String, String> environment, Clock clock) {
    this.environment = Map.copyOf(environment);
    this.clock = clock;
  }

  @Override
  public Integer call() {
    Path folder = dir != null ? dir : Path.of(environment.getOrDefault("DAGWIJZER_STATE_DIR", "./state"));
    LocalDate date = day != null ? day : LocalDate.now(clock);
    StateReport report;
    try (StateDatabase db = StateDatabase.openForReading(folder, clock)) {
      report = StateReport.read(db, date);
    } catch (StoreException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(e.getMessage());
      err.flush();
      return Failure.INVALID_INPUT;
    }
    print(spec.commandLine().getOut(), report);
    return 0;
  }

  private static void print(PrintWriter out, StateReport report) {
    out.printf("%s is in orde (schema %d).%n", report.file(), report.schema());
    out.printf("Geplande aankondigingen: %d%n", report.scheduled().size());
    for (StateReport.Scheduled a : report.scheduled()) {
      out.printf("  %s  %s (%s)  %s: %s%n", a.id(), WHEN.format(a.at().atZone(a.zone())), a.zone().getId(),
          a.channel().map(c -> "kanaal " + c).orElse("aankondigingskanaal"), oneLine(a.text()));
    }
    out.printf("Herinneringen geplaatst op %s: %d%n", report.day(), report.reminders().size());
    for (ReminderLog.Posted p : report.reminders()) {
      out.printf("  %s  %s (vastgelegd %s UTC)%n", p.key().start(), p.key().sessionId(),
          TIME.format(p.at().atZone(java.time.ZoneOffset.UTC)));
    }
    Map<String, Integer> done = report.finished();
    out.printf("Afgehandelde aankondigingen: %d geplaatst, %d ingetrokken, %d vervallen (te laat na een herstart),"
        + " %d mislukt.%n", done.getOrDefault("posted", 0), done.getOrDefault("cancelled", 0),
        done.getOrDefault("dropped", 0), done.getOrDefault("failed", 0));
    out.flush();
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 100 ? line : line.substring(0, 99) + "…";
  }
}
