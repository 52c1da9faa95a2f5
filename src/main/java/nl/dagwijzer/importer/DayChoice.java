package nl.dagwijzer.importer;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** Which day of a multi-day export becomes the draft: the one asked for with --date, else the fullest day. */
final class DayChoice {
  private DayChoice() {
  }

  /** @param counts sessions per day, in file order */
  static LocalDate choose(Map<LocalDate, Integer> counts, LocalDate chosen, ImportReport report)
      throws ImportException {
    if (counts.isEmpty()) {
      throw new ImportException("er staan geen onderdelen met een begintijd in dit bestand");
    }
    String days = counts.keySet().stream().sorted().map(LocalDate::toString).collect(Collectors.joining(", "));
    if (chosen != null) {
      if (!counts.containsKey(chosen)) {
        throw new ImportException("--date " + chosen + " komt niet voor in dit bestand; de dagen zijn: " + days);
      }
      return chosen;
    }
    LocalDate fullest = counts.entrySet().stream()
        .max(Map.Entry.<LocalDate, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey((a, b) -> b.compareTo(a))))
        .orElseThrow().getKey();
    if (counts.size() > 1) {
      report.check(0, "het bestand heeft " + counts.size() + " dagen (" + days + "); " + fullest + " is gekozen"
          + " (de meeste onderdelen); kies een andere dag met --date");
    }
    return fullest;
  }
}
