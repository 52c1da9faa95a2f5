package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;

/**
 * "is de toegang gratis?", "moet ik me aanmelden?" when the day's own summary says "Toegang is gratis, aanmelden is
 * niet nodig.": the part of that sentence with the question's words, quoted, with a yes or a no when it is asked.
 */
final class DaySummary {
  private final Answering a;

  DaySummary(Answering answering) {
    this.a = answering;
  }

  /** {@code yesNo}: begin with "Ja" or "Nee" by whether the clause says it or turns it around. */
  Optional<String> answer(boolean yesNo) {
    List<String> words = a.query().textWords();
    String summary = a.programme().event().summary();
    if (words.isEmpty() || summary.isBlank()) {
      return Optional.empty();
    }
    if (yesNo && words.size() == 1 && nl.dagwijzer.nlu.CountedPeople.people(words.get(0))
        && !a.query().hasDetail("er-is")) {
      // "blijven de kinderen ook slapen?": who it is about, not what is asked of them ("is er iets voor kinderen?"
      // asks for them)
      return Optional.empty();
    }
    for (String sentence : DescriptionIndex.sentences(summary)) {
      // a sentence may say two things ("Toegang is gratis, aanmelden is niet nodig"): judge the part with the words
      Optional<Boolean> negated = Clauses.negated(sentence, words);
      if (negated.isPresent()) {
        String said = Descriptions.fromDay(sentence);
        boolean timeAsked = a.query().hasDetail(Detail.DESCRIBED_TIME);
        if (!yesNo && timeAsked && !sentence.matches(".*\\d.*")) {
          // "tot wanneer kan ik me aanmelden?" when it only says how: that, and that it gives no time
          return Optional.of("Een tijd daarvoor staat niet in het programma; wel dit, " + said);
        }
        return Optional.of(!yesNo ? DutchText.capitalise(said) : (negated.get() ? "Nee, " : "Ja, ") + said);
      }
    }
    return Optional.empty();
  }
}
