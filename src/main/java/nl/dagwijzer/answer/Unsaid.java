package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Topic;

/**
 * "wat kost een lamsbout op de markt?" when no text of the day has a word beginning like "lamsbout": what the
 * question asks about is not in the programme, whatever else the market's description prices.
 */
final class Unsaid {
  /** The letters of a word a text must have to speak of it: "portie" in "porties", "chocomel" in "chocomelk". */
  private static final int STEM = 6;

  private Unsaid() {
  }

  /** The first of {@code words} when no text of the day has the start of any of them, nor of a word for the same. */
  static Optional<String> word(Programme programme, List<String> words) {
    // (a word in "-en" may be a verb the texts put otherwise: "wat kost het om het zwembad op te knappen?")
    if (words.isEmpty() || words.stream().anyMatch(w -> w.length() < STEM || w.endsWith("en"))) {
      return Optional.empty();
    }
    StringBuilder all = new StringBuilder(programme.event().title()).append(' ').append(programme.event().summary());
    for (Session s : programme.sessions()) {
      all.append(' ').append(s.title()).append(' ').append(s.summary()).append(' ')
          .append(String.join(" ", s.details())).append(' ').append(String.join(" ", s.aliases()));
    }
    for (Topic t : programme.topics()) {
      all.append(' ').append(t.name()).append(' ').append(t.explanation());
    }
    String text = all.toString().toLowerCase(Locale.ROOT);
    List<String> asked = new java.util.ArrayList<>(words);
    Synonyms.instead(words).forEach(asked::addAll);
    return asked.stream().noneMatch(w -> text.contains(w.substring(0, Math.min(w.length(), STEM))))
        ? Optional.of(words.get(0)) : Optional.empty();
  }
}
