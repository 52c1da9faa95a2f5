package nl.dagwijzer.programme;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** What the day is: title, series, organiser and when it happens. {@code date} is empty when the organisers give none. */
public record Event(String title, String series, String organiser, Optional<LocalDate> date, ZoneId timezone,
                    String summary) {
  public Event {
    requireText(title, "title");
    date = date == null ? Optional.empty() : date;
    if (timezone == null) {
      throw new IllegalArgumentException("timezone is required");
    }
    series = series == null ? "" : series;
    organiser = organiser == null ? "" : organiser;
    summary = summary == null ? "" : summary;
  }

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
