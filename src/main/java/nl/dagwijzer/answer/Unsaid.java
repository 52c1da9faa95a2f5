package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Topic;

/**
 * "wat kost een lamsbout op de markt?" when no text of the day has a word beginning like "lamsbout": what the
 * question asks about is not in the programme, whatever else the market's description prices.
 */
final class Unsaid {
  /** The letters of a word a text must have to speak of it: "portie" in "porties", "chocomel" in "chocomelk". */
  private static final int STEM = 6;
  /**
   * A shorter word is looked for whole ("thee" in "muntthee"); shorter still, or a short word in "-je" ("ritje" of the
   * "Huifkarrit"), it says too little to look for.
   */
  private static final int SHORTEST = 4;

  private Unsaid() {
  }

  /**
   * The first of {@code words} when no text of the day has the start of any of them, nor of a word for the same: the
   * sessions' own texts as the index holds them ({@link ProgrammeIndex#mentioning}), then the day's and the topics'.
   */
  static Optional<String> word(Answering a, List<String> words) {
    // (a word in "-en" may be a verb the texts put otherwise: "wat kost het om het zwembad op te knappen?")
    if (words.isEmpty() || words.stream().anyMatch(w -> w.length() < SHORTEST || w.endsWith("en")
        || w.length() < STEM && w.endsWith("je"))) {
      return Optional.empty();
    }
    Programme programme = a.programme();
    StringBuilder rest = new StringBuilder(programme.event().title()).append(' ').append(programme.event().summary());
    for (Topic t : programme.topics()) {
      rest.append(' ').append(t.name()).append(' ').append(t.explanation());
    }
    String text = rest.toString().toLowerCase(Locale.ROOT);
    List<String> asked = new java.util.ArrayList<>(words);
    Synonyms.instead(words).forEach(asked::addAll);
    return asked.stream().map(w -> w.substring(0, Math.min(w.length(), STEM)))
        .noneMatch(stem -> !a.index().mentioning(stem).isEmpty() || text.contains(stem))
        ? Optional.of(words.get(0)) : Optional.empty();
  }
}
