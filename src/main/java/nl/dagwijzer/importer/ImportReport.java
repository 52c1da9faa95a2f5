package nl.dagwijzer.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the organiser should know about a draft: what was guessed, what could not be placed and what to
 * check, each with its line in the source. Not thread-safe: one report belongs to one import.
 */
public final class ImportReport {
  private final List<Finding> findings = new ArrayList<>();

  void guessed(int line, String message) {
    findings.add(new Finding(Finding.Kind.GUESSED, line, message));
  }

  void unplaced(int line, String message) {
    findings.add(new Finding(Finding.Kind.UNPLACED, line, message));
  }

  void check(int line, String message) {
    findings.add(new Finding(Finding.Kind.CHECK, line, message));
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** The report in Dutch, one finding per line as {@code source:line: message}, grouped by kind. */
  public List<String> lines(String source) {
    List<String> out = new ArrayList<>();
    section(out, source, Finding.Kind.GUESSED, "Aangenomen (controleer of het klopt):");
    section(out, source, Finding.Kind.UNPLACED, "Niet geplaatst (staat niet in het concept):");
    section(out, source, Finding.Kind.CHECK, "Controleer:");
    return out;
  }

  private void section(List<String> out, String source, Finding.Kind kind, String heading) {
    List<Finding> ofKind = findings.stream().filter(f -> f.kind() == kind)
        .sorted(Comparator.comparingInt(Finding::line)).toList();
    if (ofKind.isEmpty()) {
      return;
    }
    out.add(heading);
    for (Finding finding : ofKind) {
      String where = finding.line() > 0 ? source + ":" + finding.line() : source;
      out.add("  " + where + ": " + finding.message());
    }
  }
}
