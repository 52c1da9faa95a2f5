package nl.dagwijzer.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a programme as organisers have it (Dutch text, an HTML page, frab/pretalx schedule JSON, iCalendar) into a
 * draft programme.json and a report. Stateless: each call builds its own readers, so one importer may be shared.
 */
public final class Importer {
  private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

  /** The draft, the format it was read as, and what the organiser should know about it. */
  public record Result(Draft draft, ImportFormat format, ImportReport report) {
  }

  /**
   * @param format the format to read, or null to recognise it from the content
   * @param date   the day to take from a multi-day export, or the date to set; null for none
   */
  public Result read(Path file, ImportFormat format, LocalDate date) throws ImportException {
    ImportReport report = new ImportReport();
    String text = SourceFile.read(file, report);
    return read(text, format, date, report);
  }

  public Result read(String text, ImportFormat format, LocalDate date) throws ImportException {
    return read(text, format, date, new ImportReport());
  }

  private Result read(String text, ImportFormat format, LocalDate date, ImportReport report) throws ImportException {
    ImportFormat actual = format != null ? format : FormatDetector.detect(text);
    if (format == null && actual == ImportFormat.TEXT && FormatDetector.otherJson(text)) {
      actual = ImportFormat.FRAB;
    }
    LOG.debug("Importing {} characters as {}", text.length(), actual);
    try {
      Draft draft = switch (actual) {
        case TEXT -> TextImporter.read(PlainTextLines.read(text), null, date, report);
        case HTML -> {
          HtmlLines.Page page = HtmlLines.read(text);
          yield TextImporter.read(page.lines(), page, date, report);
        }
        case FRAB -> new FrabReader().read(text, date, report);
        case ICS -> {
          if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            throw new ImportException("dit is geen iCalendar-bestand: het begint niet met BEGIN:VCALENDAR");
          }
          yield new IcsReader().read(text, date, report);
        }
      };
      if (draft.sessions().isEmpty()) {
        throw new ImportException("er is geen enkel onderdeel met een tijd gevonden");
      }
      return new Result(draft, actual, report);
    } catch (RuntimeException e) {
      // A defect in a reader must not show the organiser a stack trace; the debug log keeps it for maintainers.
      LOG.warn("Import failed unexpectedly: {}", e.toString());
      LOG.debug("Import failure", e);
      throw new ImportException("het bestand kon niet worden verwerkt door een fout in de importfunctie; meld dit"
          + " aan de beheerder (" + e.getClass().getSimpleName() + ")");
    }
  }
}
