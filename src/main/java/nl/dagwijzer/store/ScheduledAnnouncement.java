package nl.dagwijzer.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An announcement an organiser scheduled: posted at {@code at} in {@code channel} (or the announcements channel).
 * The id is the database's, never reused, so the id an organiser was shown stays theirs.
 */
public record ScheduledAnnouncement(String id, String text, Instant at, Optional<String> channel, String author) {
  public ScheduledAnnouncement {
    Objects.requireNonNull(id);
    Objects.requireNonNull(text);
    Objects.requireNonNull(at);
    channel = channel == null ? Optional.empty() : channel;
    author = author == null ? "" : author;
  }
}
