package nl.dagwijzer.nlu;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Morning, afternoon and evening, as attendees say them ("'s ochtends", "vanmiddag"), with where each begins. */
public enum DayPeriod {
  MORNING("de ochtend", LocalTime.MIN, LocalTime.NOON, "ochtend", "ochtends", "morgens", "voormiddag", "vanochtend",
      "vanmorgen", "ochtendprogramma", "ochtendsessie", "ochtendsessies", "ochtendronde", "ochtendrondes"),
  AFTERNOON("de middag", LocalTime.NOON, LocalTime.of(18, 0), "middag", "middags", "namiddag", "vanmiddag",
      "middagprogramma", "middagsessie", "middagsessies", "middagronde", "middagrondes"),
  EVENING("de avond", LocalTime.of(18, 0), LocalTime.MAX, "avond", "avonds", "vanavond", "avondprogramma",
      "avondsessie", "avondsessies", "avondronde", "avondrondes");

  private final String phrase;
  private final LocalTime from;
  private final LocalTime until;
  private final List<String> words;

  DayPeriod(String phrase, LocalTime from, LocalTime until, String... words) {
    this.phrase = phrase;
    this.from = from;
    this.until = until;
    this.words = List.of(words);
  }

  /** When this part of the day starts. */
  public LocalTime from() {
    return from;
  }

  /** When this part of the day ends ({@link LocalTime#MAX} for the evening). */
  public LocalTime until() {
    return until;
  }

  /** "de ochtend", for replies. */
  public String phrase() {
    return phrase;
  }

  /** Whether something starting at {@code start} belongs to this part of the day. */
  public boolean contains(LocalTime start) {
    return !start.isBefore(from) && start.isBefore(until);
  }

  /**
   * Whether most of something from {@code start} to {@code end} falls in this part of the day: a dinner from 17:45 to
   * 19:00 is in the evening, a workshop from 11:00 to 12:15 is not in the afternoon.
   */
  public boolean mostlyHolds(LocalTime start, LocalTime end) {
    return 2 * minutesWithin(start, end, from, until) > java.time.Duration.between(start, end).toMinutes();
  }

  /** How many minutes of {@code start}–{@code end} fall within {@code from}–{@code until}; negative for none. */
  public static long minutesWithin(LocalTime start, LocalTime end, LocalTime from, LocalTime until) {
    return java.time.Duration.between(start.isAfter(from) ? start : from, end.isBefore(until) ? end : until)
        .toMinutes();
  }

  public List<String> words() {
    return words;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DayPeriod> ofWord(String word) {
    for (DayPeriod period : values()) {
      if (period.words.contains(word)) {
        return Optional.of(period);
      }
    }
    return Optional.empty();
  }

  public static Optional<DayPeriod> ofId(String id) {
    for (DayPeriod period : values()) {
      if (period.id().equals(id)) {
        return Optional.of(period);
      }
    }
    return Optional.empty();
  }
}
