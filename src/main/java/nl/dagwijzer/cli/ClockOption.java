package nl.dagwijzer.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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
      LocalDateTime at = value.contains("T")
          ? LocalDateTime.parse(value)
          : LocalDate.now(system.withZone(zone)).atTime(LocalTime.parse(value));
      return Clock.fixed(at.atZone(zone).toInstant(), zone);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--now '" + value
          + "' is geen geldige tijd; schrijf HH:mm (bijvoorbeeld 11:15) of YYYY-MM-DDTHH:mm");
    }
  }
}
