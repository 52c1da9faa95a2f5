package nl.dagwijzer.nlu;

import java.util.Objects;

/**
 * Something a question names. {@code id} is the programme id (speaker id, session id, topic name, organisation name),
 * the time as {@code HH:mm}, or the {@link DayPart} name; {@code text} is the words the asker used.
 */
public record Entity(EntityType type, String id, String text) {

  // Written out rather than generated: a record's own equals and hashCode are linked through method handles on
  // first use, which makes the JVM generate and then compile dozens of classes in every short-lived run.
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Entity other
        && Objects.equals(type, other.type)
        && Objects.equals(id, other.id)
        && Objects.equals(text, other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id, text);
  }

  /** Whether this names the start or the end of something ("begint", "afloop"), a part of the day no session is. */
  public boolean beginOrEnd() {
    return type == EntityType.PART && (id.equals(DayPart.BEGIN.id()) || id.equals(DayPart.EINDE.id()));
  }
}
