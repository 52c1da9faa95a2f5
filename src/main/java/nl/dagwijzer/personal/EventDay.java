package nl.dagwijzer.personal;

import java.time.Clock;
import java.time.LocalDate;
import nl.dagwijzer.programme.Programme;

/** The day a programme is about: its date, or for a programme without one today in the event's time zone. */
public final class EventDay {
  private EventDay() {
  }

  public static LocalDate of(Programme programme, Clock clock) {
    return programme.event().date().orElseGet(() -> LocalDate.now(clock.withZone(programme.event().timezone())));
  }
}
