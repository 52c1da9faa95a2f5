package nl.dagwijzer.programme;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the day is: title, series, organiser, when and where it happens. {@code date} and {@code venue} are empty when
 * the organisers give none.
 */
public record Event(String title, String series, String organiser, Optional<LocalDate> date, ZoneId timezone,
                    String summary, Optional<Venue> venue) {
  public Event {
    requireText(title, "title");
    date = date == null ? Optional.empty() : date;
    venue = venue == null ? Optional.empty() : venue;
    if (timezone == null) {
      throw new IllegalArgumentException("timezone is required");
    }
    series = series == null ? "" : series;
    organiser = organiser == null ? "" : organiser;
    summary = summary == null ? "" : summary;
  }

  public Event(String title, String series, String organiser, Optional<LocalDate> date, ZoneId timezone,
               String summary) {
    this(title, series, organiser, date, timezone, summary, Optional.empty());
  }

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
