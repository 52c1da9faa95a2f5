package nl.dagwijzer.e2e.local;

/**
 * One HTTP request the local server received, after the {@code /api/v10/} prefix ({@code path} is e.g.
 * {@code channels/123/messages}); {@code status} is what the server answered.
 */
public record RestCall(String method, String path, String query, String body, int status) {}
