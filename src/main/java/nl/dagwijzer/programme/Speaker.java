package nl.dagwijzer.programme;

/** A person on the programme. {@code role} and {@code organisation} may be empty. */
public record Speaker(String id, String name, String role, String organisation) {
  public Speaker {
    Event.requireText(id, "id");
    Event.requireText(name, "name");
    role = role == null ? "" : role;
    organisation = organisation == null ? "" : organisation;
  }
}
