package nl.dagwijzer.nlu;

import java.util.List;

/** Words for a building, by how they end: "het provinciehuis", "de beurshal", "het congrescentrum", "de school". */
public final class Buildings {
  private static final List<String> ENDINGS = List.of("huis", "hal", "gebouw", "centrum", "pand", "locatie",
      "school", "kerk", "bibliotheek", "hotel", "kantoor", "zaal");

  private Buildings() {
  }

  /** Whether {@code words} ends as a word for a building does. */
  public static boolean named(String words) {
    return ENDINGS.stream().anyMatch(words::endsWith);
  }
}
