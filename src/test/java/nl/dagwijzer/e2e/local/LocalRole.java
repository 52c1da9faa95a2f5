package nl.dagwijzer.e2e.local;

/** A role in the local guild. {@code permissions} is Discord's permission bit set. */
public record LocalRole(String id, String name, long permissions) {}
