package nl.dagwijzer.importer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day itself from what precedes the programme: title and series from the top, the date (and the day's
 * hours) from a date line, the organiser from "georganiseerd door ...", the first paragraph as summary.
 */
final class EventReader {
  private static final Pattern ORGANISED_BY = Pattern.compile(
      "(?:georganiseerd door|een initiatief van|organisatie\\s*:|organisator\\s*:)\\s+(?:de\\s+|het\\s+)?"
          + "(\\p{Lu}[^.,;:()]*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern VENUE = Pattern.compile("^(?:locatie|plaats|adres|waar|venue)\\s*:\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final int HEADING_WORDS = 12;

  /** What the front matter says; any field may be null. */
  record Front(String title, String series, String organiser, LocalDate date, LocalTime dayStart, LocalTime dayEnd,
               String summary) {
  }

  private EventReader() {
  }

  static Front read(List<SourceLine> front, HtmlLines.Page page, ImportReport report) {
    List<SourceLine> headings = new ArrayList<>();
    List<SourceLine> paragraphs = new ArrayList<>();
    LocalDate date = null;
    LocalTime dayStart = null;
    LocalTime dayEnd = null;
    String organiser = null;
    SourceLine pageHeading = null;
    for (SourceLine line : front) {
      String text = line.text();
      Optional<DutchDates.Found> found = date == null ? DutchDates.find(text) : Optional.empty();
      Matcher venue = VENUE.matcher(text);
      if (found.isPresent() && Typography.words(found.get().before()) <= 2) {
        date = found.get().date();
        report.guessed(line.line(), "datum " + date + " uit '" + text + "'");
        String rest = found.get().after();
        Optional<ClockTimes.Range> hours = ClockTimes.rangeIn(rest);
        if (hours.isPresent()) {
          dayStart = hours.get().start();
          dayEnd = hours.get().end();
          rest = ClockTimes.withoutRange(rest);
        }
        rest = rest.replaceAll("^[\\s,·|–—-]+|[\\s,·|–—-]+$", "");
        if (!rest.isEmpty()) {
          venueNotPlaced(report, line, rest);
        }
      } else if (venue.matches()) {
        venueNotPlaced(report, line, venue.group(1));
      } else if (line.style() == SourceLine.Style.HEADING && line.level() == 1 && pageHeading == null) {
        pageHeading = line;
      } else if (heading(line) && paragraphs.isEmpty()) {
        headings.add(line);
      } else {
        Matcher by = ORGANISED_BY.matcher(text);
        if (organiser == null && by.find()) {
          organiser = by.group(1).strip();
          report.guessed(line.line(), "organisator '" + organiser + "' uit '" + text + "'");
          if (!paragraphs.isEmpty()) {
            continue;
          }
        }
        paragraphs.add(line);
      }
    }
    String title = null;
    String series = null;
    if (pageHeading != null) {
      title = pageHeading.text();
      headings.forEach(h -> report.unplaced(h.line(), "kop '" + h.text() + "' (geen titel, datum of inleiding)"));
    } else if (headings.size() == 1) {
      title = headings.get(0).text();
    } else if (headings.size() >= 2) {
      series = headings.get(0).text();
      title = headings.get(1).text();
      report.guessed(headings.get(0).line(), "reeks '" + series + "' en titel '" + title
          + "' uit de eerste twee regels; wissel ze om of laat de reeks weg als dat beter past");
      headings.subList(2, headings.size()).forEach(h -> report.unplaced(h.line(), "kop '" + h.text() + "'"));
    }
    if (organiser == null && page != null) {
      organiser = siteName(page, title);
      if (organiser != null) {
        report.guessed(0, "organisator '" + organiser + "' uit de titel of sitenaam van de pagina");
      }
    }
    String summary = null;
    if (!paragraphs.isEmpty()) {
      summary = paragraphs.get(0).text();
      paragraphs.subList(1, paragraphs.size()).forEach(p -> report.unplaced(p.line(),
          "inleidende tekst '" + abbreviated(p.text()) + "' staat niet in de samenvatting (event.summary)"));
    }
    return new Front(title, series, organiser, date, dayStart, dayEnd, summary);
  }

  /** "Inspiratiedag X | Netwerk Y": the part of the page title that is not the heading names the site. */
  private static String siteName(HtmlLines.Page page, String title) {
    if (page.siteName() != null && !page.siteName().isBlank()) {
      return page.siteName();
    }
    String[] parts = page.title().split("\\s+[|–—-]\\s+");
    if (parts.length == 2 && title != null) {
      if (parts[0].equalsIgnoreCase(title)) {
        return parts[1];
      }
      if (parts[1].equalsIgnoreCase(title)) {
        return parts[0];
      }
    }
    return null;
  }

  private static boolean heading(SourceLine line) {
    String text = line.text();
    if (line.style() == SourceLine.Style.HEADING) {
      return true;
    }
    return Typography.words(text) <= HEADING_WORDS && !text.endsWith(".") && !text.endsWith("?")
        && !text.endsWith("!") && !text.endsWith(":");
  }

  private static void venueNotPlaced(ImportReport report, SourceLine line, String venue) {
    report.unplaced(line.line(), "plaats '" + Typography.plain(venue)
        + "': programme.json heeft nog geen veld voor de locatie van de dag");
  }

  static String abbreviated(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57).strip() + "...";
  }
}
