package nl.dagwijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.dagwijzer.personal.CalendarFile;
import nl.dagwijzer.personal.EventDay;
import nl.dagwijzer.personal.PersonalText;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeLoader;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ics}: the whole programme as an iCalendar file (the same as /agenda on Discord without choices), on the
 * event's date, on {@code --date}, or for a programme without a date today (said on stderr). Exit 0 written, 1 an
 * invalid programme or a file that cannot be written, 2 usage.
 */
@Command(name = "ics", description = "Zet het programma in een agendabestand (iCalendar, .ics).")
final class IcsCommand implements Callable<Integer> {
  private static final int USAGE = 2;

  @Spec
  CommandSpec spec;

  @Option(names = "--programme", paramLabel = "FILE", defaultValue = "programme.json",
      description = "Het programmabestand (standaard: ${DEFAULT-VALUE}).")
  Path programme;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Schrijf het agendabestand hierheen (standaard: standaarduitvoer); een bestaand bestand wordt"
          + " vervangen.")
  Path out;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "De dag van het programma (standaard: de datum in het programma, anders vandaag).")
  String date;

  private final Clock clock;

  IcsCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate chosen = null;
    if (date != null) {
      try {
        chosen = LocalDate.parse(date.strip());
      } catch (DateTimeException e) {
        err.println("Fout in de opdracht: '" + date + "' is geen datum; schrijf --date als jaar-maand-dag,"
            + " bijvoorbeeld 2025-03-14");
        err.flush();
        return USAGE;
      }
    }
    Programme loaded;
    try {
      loaded = new ProgrammeLoader().load(programme);
    } catch (ProgrammeRejectedException e) {
      return Failure.programme(err, e);
    }
    LocalDate day = chosen != null ? chosen : EventDay.of(loaded, clock);
    if (chosen == null && loaded.event().date().isEmpty()) {
      err.println("Het programma noemt geen datum; vandaag (" + PersonalText.date(day) + ") is gebruikt. Geef"
          + " --date voor een andere dag.");
    }
    String ics = CalendarFile.write(loaded, day, loaded.sessions(), clock.instant());
    if (out == null) {
      spec.commandLine().getOut().print(ics);
      spec.commandLine().getOut().flush();
    } else if (!write(ics, err)) {
      return Failure.INVALID_INPUT;
    } else {
      err.println(out + ": " + loaded.sessions().size() + " onderdelen op " + PersonalText.date(day) + ".");
    }
    err.flush();
    return 0;
  }

  private boolean write(String ics, PrintWriter err) {
    try {
      OutputFile.write(out, ics, ".agenda-", ".ics");
      return true;
    } catch (IOException | RuntimeException e) {
      err.println(out + ": het agendabestand kan niet worden geschreven (" + e.getClass().getSimpleName()
          + "); controleer of de map bestaat en schrijfbaar is");
      return false;
    }
  }
}
