package nl.dagwijzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.dagwijzer.store.PersonalChoices;
import nl.dagwijzer.store.PersonalMessages;
import nl.dagwijzer.store.PersonalState;
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
@Command(name = "check-state", description = "Toon wat de bot heeft opgeslagen: geplande aankondigingen, de"
    + " herinneringen en de eigen programma's (aantallen) van vandaag.")
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
    Personal personal;
    try (StateDatabase db = StateDatabase.openForReading(folder, clock)) {
      report = StateReport.read(db, date);
      personal = Personal.read(db.personal(), date);
    } catch (StoreException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(e.getMessage());
      err.flush();
      return Failure.INVALID_INPUT;
    }
    print(spec.commandLine().getOut(), report);
    personal.print(spec.commandLine().getOut());
    return 0;
  }

  /**
   * The personal programmes of the day, as counts per session and per kind of message: enough for an operator to
   * see that choices and reminders are kept, without showing who chose what.
   */
  private record Personal(LocalDate day, int users, Map<String, Long> perSession, Map<String, Long> messages,
                          int unanswered) {
    static Personal read(PersonalState state, LocalDate day) throws StoreException {
      List<PersonalChoices.Choice> choices = state.choices().on(day);
      Map<String, Long> perSession = choices.stream().collect(Collectors.groupingBy(
          c -> c.start() + "  " + c.title(), TreeMap::new, Collectors.counting()));
      Map<String, Long> messages = state.messages().on(day).stream().collect(Collectors.groupingBy(
          e -> dutch(e.key().kind()) + (e.delivered() ? "" : " (niet bezorgd)"),
          TreeMap::new, Collectors.counting()));
      int users = (int) choices.stream().map(PersonalChoices.Choice::userId).distinct().count();
      return new Personal(day, users, perSession, messages, state.unanswered().top(day, 1_000).size());
    }

    private static String dutch(PersonalMessages.Kind kind) {
      return switch (kind) {
        case REMINDER -> "herinnering";
        case MOVED -> "verplaatst";
        case REMOVED -> "geschrapt";
      };
    }

    void print(PrintWriter out) {
      out.printf("Eigen programma's op %s: %d gebruikers, %d keuzes%n", day, users,
          perSession.values().stream().mapToLong(Long::longValue).sum());
      perSession.forEach((session, count) -> out.printf("  %s: %d%n", session, count));
      out.printf("Persoonlijke berichten op %s: %s%n", day, messages.isEmpty() ? "geen"
          : messages.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
      out.printf("Onbeantwoorde vragen sinds %s: %d verschillende%n", day, unanswered);
      out.flush();
    }
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
