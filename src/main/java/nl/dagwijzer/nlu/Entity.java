package nl.dagwijzer.nlu;

/**
 * Something a question names. {@code id} is the programme id (speaker id, session id, topic name, organisation name),
 * the time as {@code HH:mm}, or the {@link DayPart} name; {@code text} is the words the asker used.
 */
public record Entity(EntityType type, String id, String text) {
}
