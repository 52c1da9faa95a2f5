package nl.dagwijzer.importer;

import java.time.LocalDate;
import java.time.ZoneId;

/** The day itself; {@code series}, {@code organiser}, {@code date} and {@code summary} may be null when not found. */
public record DraftEvent(String title, String series, String organiser, LocalDate date, ZoneId timezone,
                         String summary) {
}
