package nl.dagwijzer.nlu;

import java.util.Locale;

/**
 * Kinds of things a question can name. {@code PART} is a part of the day described in general words (lunch, pauze,
 * workshops, einde) rather than by a title; {@code TIME} is a clock time such as "om 11"; {@code EVENT} is the day
 * itself by its title or series ("de Divosa Vrijdag").
 */
public enum EntityType {
  SPEAKER, SESSION, ORGANISATION, TOPIC, TIME, PART, EVENT;

  /** Made once: both are used for every entity of every question. */
  private final String label = name().toLowerCase(Locale.ROOT);
  private final String slotToken = "<" + label + ">";

  /** The token that stands for this slot in what the classifier sees. */
  public String slotToken() {
    return slotToken;
  }

  public String label() {
    return label;
  }
}
