package nl.dagwijzer.nlu;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a question asks for. The names are the file names in {@code intents/} ({@code intents/when.txt}). */
public enum Intent {
  WHEN, WHO, PERSON, ABOUT, DURATION, WORKSHOPS, PROGRAMME, NOW, NEXT, EVENT, ROOM, DATE, COUNT, GREETING, THANKS,
  HELP, UNKNOWN,
  /** The personal programme: put something in it, take it out, be reminded of it (see nl.dagwijzer.personal). */
  CHOOSE, FORGET, REMIND;

  /** Made once: the classifier looks intents up by label for every question. */
  private final String label = name().toLowerCase(Locale.ROOT);

  public String label() {
    return label;
  }

  public static Optional<Intent> fromLabel(String label) {
    return Optional.ofNullable(ByLabel.INTENTS.get(label));
  }

  /** Every intent by its label, built once. */
  private static final class ByLabel {
    private static final Map<String, Intent> INTENTS = new HashMap<>();

    static {
      for (Intent intent : values()) {
        INTENTS.put(intent.label, intent);
      }
    }
  }
}
