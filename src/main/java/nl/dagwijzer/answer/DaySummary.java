package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.TextNormaliser;

/**
 * "is de toegang gratis?", "moet ik me aanmelden?" when the day's own summary says "Toegang is gratis, aanmelden is
 * niet nodig.": the part of that sentence with the question's words, quoted, with a yes or a no when it is asked.
 */
final class DaySummary {
  private static final Set<String> NEGATIONS = Set.of("niet", "geen", "nooit");
  private static final int SHARED_START = 5;

  private final TextNormaliser normaliser = new TextNormaliser();
  private final Answering a;

  DaySummary(Answering answering) {
    this.a = answering;
  }

  /** {@code yesNo}: begin with "Ja" or "Nee" by whether the clause says it or turns it around. */
  Optional<String> answer(boolean yesNo) {
    List<String> words = a.query().all(Detail.class).stream().flatMap(d -> d.text().stream()).toList();
    String summary = a.programme().event().summary();
    if (words.isEmpty() || summary.isBlank()) {
      return Optional.empty();
    }
    for (String sentence : summary.strip().split("(?<=[.!?])\\s+")) {
      // a sentence may say two things ("Toegang is gratis, aanmelden is niet nodig"): judge the part with the words
      for (String clause : sentence.split("[,;:]|\\s+maar\\s+")) {
        List<String> tokens = normaliser.tokens(clause);
        if (words.stream().allMatch(w -> mentions(tokens, w))) {
          String said = "uit de beschrijving van de dag: " + sentence.strip();
          if (!yesNo) {
            return Optional.of(DutchText.capitalise(said));
          }
          boolean negated = tokens.stream().anyMatch(NEGATIONS::contains);
          return Optional.of((negated ? "Nee, " : "Ja, ") + said);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean mentions(List<String> tokens, String word) {
    return tokens.stream().anyMatch(t -> t.equals(word) || t.length() >= SHARED_START && word.length() >= SHARED_START
        && t.regionMatches(0, word, 0, SHARED_START) && Math.abs(t.length() - word.length()) <= 3);
  }
}
