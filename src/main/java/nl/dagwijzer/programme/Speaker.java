package nl.dagwijzer.programme;

import java.util.Objects;

/** A person on the programme. {@code role} and {@code organisation} may be empty. */
public record Speaker(String id, String name, String role, String organisation) {
  public Speaker {
    Event.requireText(id, "id");
    Event.requireText(name, "name");
    role = role == null ? "" : role;
    organisation = organisation == null ? "" : organisation;
  }

  // Written out rather than generated: a record's own equals and hashCode are linked through method handles on
  // first use, which makes the JVM generate and then compile dozens of classes in every short-lived run.
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Speaker other
        && Objects.equals(id, other.id)
        && Objects.equals(name, other.name)
        && Objects.equals(role, other.role)
        && Objects.equals(organisation, other.organisation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, role, organisation);
  }
}
