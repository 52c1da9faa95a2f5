package nl.dagwijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.dagwijzer.importer.DraftWriter;
import nl.dagwijzer.importer.ImportException;
import nl.dagwijzer.importer.ImportFormat;
import nl.dagwijzer.importer.Importer;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.ProgrammeLoader;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ValidationError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE}: a draft programme.json from the programme as organisers have it, a report of what was guessed
 * and not placed, and the same validation as {@code check}. Exit 0 valid, 1 invalid or unreadable, 2 usage.
 */
@Command(name = "import", description = "Maak een concept-programme.json van een programmatekst, HTML-pagina,"
    + " frab/pretalx-schema (JSON) of iCalendar-bestand.")
final class ImportCommand implements Callable<Integer> {
  private static final int USAGE = 2;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Het programma zoals je het hebt (.txt, .html, .json, .ics).")
  Path file;

  @Option(names = "--format", paramLabel = "text|html|frab|ics",
      description = "Het soort bestand (standaard: herkend aan de inhoud).")
  String format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Schrijf het concept naar dit bestand (standaard: standaarduitvoer, het verslag naar stderr).")
  Path out;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "De dag: welke dag uit een export van meerdere dagen, of de datum van het concept.")
  String date;

  @Option(names = "--force", description = "Overschrijf een bestaand --out-bestand.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ImportFormat chosenFormat = null;
    if (format != null) {
      Optional<ImportFormat> parsed = ImportFormat.fromOption(format);
      if (parsed.isEmpty()) {
        return usage(err, "onbekend formaat '" + format + "'; kies text, html, frab of ics");
      }
      chosenFormat = parsed.get();
    }
    LocalDate day = null;
    if (date != null) {
      try {
        day = LocalDate.parse(date.strip());
      } catch (DateTimeException e) {
        return usage(err, "'" + date + "' is geen datum; schrijf --date als jaar-maand-dag, bijvoorbeeld 2025-03-14");
      }
    }
    if (out != null && Files.exists(out) && !force) {
      return usage(err, out + " bestaat al; kies een ander --out-bestand of gebruik --force om het te overschrijven");
    }
    Importer.Result result;
    try {
      result = new Importer().read(file, chosenFormat, day);
    } catch (ImportException e) {
      err.println(file + ": " + e.getMessage());
      err.flush();
      return Failure.INVALID_INPUT;
    }
    String json = new DraftWriter().json(result.draft());
    PrintWriter report = out == null ? err : spec.commandLine().getOut();
    if (out == null) {
      spec.commandLine().getOut().print(json);
      spec.commandLine().getOut().flush();
    } else if (!write(json, err)) {
      return Failure.INVALID_INPUT;
    }
    report.println("Import van " + file + " (" + result.format().dutch() + "): "
        + count(result.draft().sessions().size(), "onderdeel", "onderdelen") + ", "
        + count(result.draft().speakers().size(), "spreker", "sprekers") + ".");
    result.report().lines(file.toString()).forEach(report::println);
    int exit = validate(json, report);
    report.flush();
    return exit;
  }

  /** The same validation as {@code check}, on the draft as written. */
  private int validate(String json, PrintWriter report) {
    String name = out == null ? "programme.json" : out.toString();
    report.println("Controle van het concept (zoals 'check'):");
    try {
      Programme programme = new ProgrammeLoader().parse(name, json.getBytes(StandardCharsets.UTF_8));
      report.printf("  %s is geldig: %d onderdelen, %d sprekers, %s–%s.%n", name, programme.sessions().size(),
          programme.speakers().size(), programme.firstStart().map(Object::toString).orElse("-"),
          programme.lastEnd().map(Object::toString).orElse("-"));
      return 0;
    } catch (ProgrammeRejectedException e) {
      for (ValidationError error : e.errors()) {
        report.println("  " + error.format());
      }
      report.println("  Het concept is geschreven; verbeter deze punten en controleer opnieuw met 'check'.");
      return Failure.INVALID_INPUT;
    }
  }

  private boolean write(String json, PrintWriter err) {
    try {
      OutputFile.write(out, json, ".import-", ".json");
      return true;
    } catch (IOException | RuntimeException e) {
      err.println(out + ": het concept kan niet worden geschreven (" + e.getClass().getSimpleName() + "); controleer"
          + " of de map bestaat en schrijfbaar is");
      err.flush();
      return false;
    }
  }

  private static String count(int n, String one, String more) {
    return n + " " + (n == 1 ? one : more);
  }

  private static int usage(PrintWriter err, String message) {
    err.println("Fout in de opdracht: " + message);
    err.println("Gebruik 'dagwijzer import --help' voor de opties.");
    err.flush();
    return USAGE;
  }
}
