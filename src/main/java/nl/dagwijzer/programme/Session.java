package nl.dagwijzer.programme;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One programme item. Parallel sessions share the block {@code start}–{@code end}; {@code durationMinutes} is set
 * when a session is shorter than its block, and then the programme does not say when inside the block it runs.
 * {@code speakerRoles} gives, by speaker id, a role someone has in this session only ("gespreksleider").
 */
public record Session(String id, String title, SessionKind kind, LocalTime start, LocalTime end,
                      OptionalInt durationMinutes, List<String> speakerIds, Map<String, String> speakerRoles,
                      Optional<String> room, String summary, List<String> details, List<String> aliases) {
  public Session {
    Event.requireText(id, "id");
    Event.requireText(title, "title");
    if (kind == null || start == null || end == null) {
      throw new IllegalArgumentException("kind, start and end are required");
    }
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("start must be before end");
    }
    durationMinutes = durationMinutes == null ? OptionalInt.empty() : durationMinutes;
    speakerIds = List.copyOf(speakerIds == null ? List.of() : speakerIds);
    speakerRoles = inSpeakerOrder(speakerIds, speakerRoles == null ? Map.of() : speakerRoles);
    room = room == null ? Optional.empty() : room;
    summary = summary == null ? "" : summary;
    details = List.copyOf(details == null ? List.of() : details);
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }

  /**
   * The roles in the order the speakers are listed: Map.copyOf iterates in an order that changes from run to run, and
   * a reply that lists a role's holders must not.
   */
  private static Map<String, String> inSpeakerOrder(List<String> speakerIds, Map<String, String> roles) {
    Map<String, String> ordered = new java.util.LinkedHashMap<>();
    speakerIds.stream().filter(roles::containsKey).forEach(id -> ordered.put(id, roles.get(id)));
    new java.util.TreeMap<>(roles).forEach(ordered::putIfAbsent);
    return java.util.Collections.unmodifiableMap(ordered);
  }

  public Session(String id, String title, SessionKind kind, LocalTime start, LocalTime end,
                 OptionalInt durationMinutes, List<String> speakerIds, Optional<String> room, String summary,
                 List<String> details, List<String> aliases) {
    this(id, title, kind, start, end, durationMinutes, speakerIds, Map.of(), room, summary, details, aliases);
  }

  public int blockMinutes() {
    return (int) Duration.between(start, end).toMinutes();
  }

  /** The session's own length: its duration when given, else its whole block. */
  public int lengthMinutes() {
    return durationMinutes.orElse(blockMinutes());
  }

  /** True when the session fills only part of its block, so its exact start inside the block is unknown. */
  public boolean shorterThanBlock() {
    return lengthMinutes() < blockMinutes();
  }

  /** The role {@code speakerId} has in this session, if the programme gives one. */
  public Optional<String> roleOf(String speakerId) {
    return Optional.ofNullable(speakerRoles.get(speakerId));
  }

  // Written out rather than generated: a record's own equals and hashCode are linked through method handles on
  // first use, which makes the JVM generate and then compile dozens of classes in every short-lived run.
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Session other
        && Objects.equals(id, other.id)
        && Objects.equals(title, other.title)
        && Objects.equals(kind, other.kind)
        && Objects.equals(start, other.start)
        && Objects.equals(end, other.end)
        && Objects.equals(durationMinutes, other.durationMinutes)
        && Objects.equals(speakerIds, other.speakerIds)
        && Objects.equals(speakerRoles, other.speakerRoles)
        && Objects.equals(room, other.room)
        && Objects.equals(summary, other.summary)
        && Objects.equals(details, other.details)
        && Objects.equals(aliases, other.aliases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, kind, start, end, durationMinutes, speakerIds, speakerRoles, room, summary, details,
        aliases);
  }
}
