package nl.dagwijzer.importer;

/** A person found in the source; {@code role} and {@code organisation} may be null. */
public record DraftSpeaker(String id, String name, String role, String organisation) {
}
