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

  /** What an intent of the classifier asks for, before the question's own form is read. */
  static Asked of(Intent intent) {
    return switch (intent) {
      case WHEN -> Asked.TIME;
      case WHO -> Asked.PEOPLE;
      case PERSON -> Asked.PERSON;
      case ABOUT -> Asked.CONTENT;
      case DURATION -> Asked.DURATION;
      case WORKSHOPS, NOW, NEXT -> Asked.LIST;
      case PROGRAMME -> Asked.PROGRAMME;
      case EVENT -> Asked.EVENT;
      case ROOM -> Asked.ROOM;
      case DATE -> Asked.DATE;
      case COUNT -> Asked.COUNT;
      case GREETING -> Asked.GREETING;
      case THANKS -> Asked.THANKS;
      case HELP -> Asked.HELP;
      case UNKNOWN -> Asked.UNKNOWN;
      case CHOOSE, FORGET, REMIND -> Asked.MY_PROGRAMME;
    };
  }
}
