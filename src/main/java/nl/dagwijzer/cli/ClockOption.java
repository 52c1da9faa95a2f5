package nl.dagwijzer.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** Reads {@code --now}: {@code HH:mm} today, or {@code YYYY-MM-DDTHH:mm}, in the event's timezone. */
final class ClockOption {
  private ClockOption() {
  }

  static Clock parse(String value, ZoneId zone, Clock system, CommandSpec spec) {
    if (value == null) {
      return system.withZone(zone);
    }
    try {
      return Clock.fixed(at(value, zone, system).atZone(zone).toInstant(), zone);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--now '" + value
          + "' is geen geldige tijd; schrijf HH:mm (bijvoorbeeld 11:15) of YYYY-MM-DDTHH:mm");
    }
  }

  /** Whether {@link #parse} can read {@code value}. */
  static boolean readable(String value) {
    try {
      at(value, ZoneOffset.UTC, Clock.systemUTC());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static LocalDateTime at(String value, ZoneId zone, Clock system) {
    return value.contains("T")
        ? LocalDateTime.parse(value)
        : LocalDate.now(system.withZone(zone)).atTime(LocalTime.parse(value));
  }
}
