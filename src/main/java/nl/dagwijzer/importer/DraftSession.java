package nl.dagwijzer.importer;

import java.time.LocalTime;
import java.util.List;
import nl.dagwijzer.programme.SessionKind;

/**
 * One programme item as found. {@code durationMinutes}, {@code room} and {@code summary} may be null; {@code line}
 * is where it starts in the source, for the report.
 */
public record DraftSession(String id, String title, SessionKind kind, LocalTime start, LocalTime end,
                           Integer durationMinutes, List<String> speakerIds, String room, String summary,
                           List<String> details, List<String> aliases, int line) {
  public DraftSession {
    speakerIds = List.copyOf(speakerIds);
    details = List.copyOf(details);
    aliases = List.copyOf(aliases);
  }
}
