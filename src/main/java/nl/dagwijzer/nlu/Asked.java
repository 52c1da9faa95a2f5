package nl.dagwijzer.nlu;

import java.util.Locale;

/** What a question asks for, whatever it is about: the kind of answer the reply must give. */
public enum Asked {
  TIME, DATE, PEOPLE, PERSON, ROOM, DURATION, CONTENT, LIST, PROGRAMME, COUNT, YESNO, EVENT, GREETING, THANKS, HELP,
  /** "zet de workshop van Breda in mijn programma": a request about one's own programme (kept only on Discord). */
  MY_PROGRAMME,
  UNKNOWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
