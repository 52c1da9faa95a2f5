package nl.dagwijzer.e2e.local;

/** A slash command or autocomplete interaction the test sent: its id and token, and where it happened. */
public record LocalInteraction(String id, String token, String channelId) {}
