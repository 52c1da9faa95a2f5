package nl.dagwijzer.nlu;

import java.util.Locale;
import java.util.Optional;

/** What a question asks for. The names are the file names in {@code intents/} ({@code intents/when.txt}). */
public enum Intent {
  WHEN, WHO, PERSON, ABOUT, DURATION, WORKSHOPS, PROGRAMME, NOW, NEXT, EVENT, ROOM, DATE, COUNT, GREETING, THANKS,
  HELP, UNKNOWN,
  /** The personal programme: put something in it, take it out, be reminded of it (see nl.dagwijzer.personal). */
  CHOOSE, FORGET, REMIND;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Intent> fromLabel(String label) {
    for (Intent intent : values()) {
      if (intent.label().equals(label)) {
        return Optional.of(intent);
      }
    }
    return Optional.empty();
  }
}
