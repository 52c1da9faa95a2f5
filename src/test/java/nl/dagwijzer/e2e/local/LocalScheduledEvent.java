package nl.dagwijzer.e2e.local;

import java.time.OffsetDateTime;

/**
 * A scheduled event of the local Discord's guild, as the server keeps it ({@code status} 1 scheduled, 2 active).
 *
 * @param creatorId the bot's user id for events the bot made
 */
public record LocalScheduledEvent(String id, String creatorId, String name, String description,
                                  OffsetDateTime start, OffsetDateTime end, String location, int status) {
}
