package nl.dagwijzer.nlu;

import java.util.Locale;

/**
 * Kinds of things a question can name. Names from the programme: {@code SPEAKER}, {@code SESSION},
 * {@code ORGANISATION}, {@code TOPIC}, {@code ROOM}, {@code ROLE} (a role someone has, "dagvoorzitter"),
 * {@code EVENT} (the day itself by its title or series). General words: {@code PART} (a part of the day such as
 * lunch, pauze, workshops, einde), {@code PERIOD} (ochtend, middag, avond), {@code ROUND} (de tweede ronde),
 * {@code MENTION} (a word from the programme's texts after "over": "welke workshops gaan over geld?").
 * Amounts: {@code TIME} (a clock time), {@code DATE} (22 januari, vrijdag), {@code LENGTH} (45 minuten), {@code TIMES} (twee keer), {@code FROM_NOW}
 * (over een kwartier). What the programme does not know: {@code BAD_TIME} ("25:99") and {@code UNKNOWN} (a name or
 * word that is nowhere in the programme).
 */
public enum EntityType {
  SPEAKER, SESSION, ORGANISATION, TOPIC, ROOM, ROLE, EVENT, PART, PERIOD, ROUND, MENTION, TIME, DATE, LENGTH, TIMES,
  FROM_NOW, BAD_TIME, UNKNOWN;

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
