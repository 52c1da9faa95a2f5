package nl.dagwijzer.programme;

import java.time.LocalTime;
import java.util.List;

/** One time block of the day and the sessions that run in it side by side. */
public record Slot(LocalTime start, LocalTime end, List<Session> sessions) {
  public Slot {
    sessions = List.copyOf(sessions);
  }

  public boolean parallel() {
    return sessions.size() > 1;
  }
}
