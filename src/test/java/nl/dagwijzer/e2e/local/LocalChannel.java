package nl.dagwijzer.e2e.local;

/** A text channel in the local guild. */
public record LocalChannel(String id, String name) {}
