package nl.dagwijzer.store;

import java.time.Instant;

/** One announcement of an old {@code announcements.json}; {@code id} is null when it had none that can be kept. */
record LegacyAnnouncement(Long id, String text, Instant at, String channel, String author) {
}
