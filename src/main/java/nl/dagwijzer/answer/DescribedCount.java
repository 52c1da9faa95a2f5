package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.programme.Session;

/**
 * "in hoeveel groepen lopen we?", "hoeveel vragen moet ik goed hebben voor een voldoende?": a count of something no
 * session is, from the sentence of the day's or a session's description that gives its number.
 */
final class DescribedCount {
  private final Answering a;

  DescribedCount(Answering answering) {
    this.a = answering;
  }

  /**
   * "in hoeveel groepen lopen we?" when the day's description says "in vijf kleine groepen": a word that names no part
   * of the programme, counted where the day's or a session's description gives its number; of several such
   * sentences the one with most of the question's other words ("hoeveel vragen moet ik goed hebben?").
   */
  Optional<Written> anywhere(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    List<String> asWritten = CountedInText.forms(lower);
    // (a title about the thing, "Jurering van de praalwagens", does not make its sessions the thing counted)
    boolean named = a.programme().sessions().stream().anyMatch(s -> namesIt(s.title(), asWritten));
    // "in totaal" sums what a description may give per group; a word in the titles is counted from the titles
    if (named || nl.dagwijzer.nlu.DayPart.ofWord(lower).isPresent() || SESSION_WORDS.contains(lower)
        || FloorFilter.asked(a.query())
        || a.query().hasDetail("samen")) {
      return Optional.empty();
    }
    java.util.regex.Pattern amount = CountedInText.amountOf(lower);
    List<String> others = a.query().textWords().stream()
        .filter(w -> !w.equals(lower)).toList();
    List<Said> found = new java.util.ArrayList<>();
    DescriptionIndex.sentences(a.programme().event().summary())
        .forEach(sentence -> found.add(new Said(Optional.empty(), sentence.strip())));
    for (Session session : a.programme().sessions()) {
      DescriptionIndex.sentences(session).forEach(sentence -> found.add(new Said(Optional.of(session), sentence)));
    }
    // twice a word of the question, once the number before the word counted: "U hebt een voldoende bij minimaal 14
    // goede antwoorden" answers "hoeveel vragen moet ik goed hebben voor een voldoende?" before "20 meerkeuzevragen"
    Said best = null;
    int bestScore = 0;
    for (Said candidate : found) {
      String text = candidate.sentence().toLowerCase(java.util.Locale.ROOT);
      int words = (int) others.stream().filter(w -> text.contains(w.substring(0, Math.min(w.length(), 5)))).count();
      int score = 2 * words + (amount.matcher(candidate.sentence()).find() ? 1
          : words > 0 && ANY_NUMBER.matcher(candidate.sentence()).find() ? 0 : -99);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    java.util.regex.Matcher number = amount.matcher(best.sentence());
    String said = best.sentence();
    String source = best.session().map(DutchText::name).map(n -> "de beschrijving van " + n)
        .orElse("de beschrijving van de dag");
    boolean counted = number.find();
    // "4 collega's" as the sentence writes it, not the "collega" the question's "collega's" was read as
    String noun = counted && said.startsWith("'s", number.end()) ? lower + "'s" : lower;
    String count = (counted ? digits(number.group(1)) : Optional.<Integer>empty())
        .map(n -> n + " " + noun + ", volgens " + source + ": ").orElse("Volgens " + source + ": ");
    return Optional.of(new Written(count + said, Optional.empty(), best.session().map(List::of).orElse(List.of())));
  }

  /** A sentence of the day's description (no session) or of a session's. */
  private record Said(Optional<Session> session, String sentence) {
  }

  /** Words for the programme's own parts, which are counted from the programme, not from a sentence about them. */
  private static final java.util.Set<String> SESSION_WORDS = java.util.Set.of("onderdelen", "sessies",
      "activiteiten", "programmaonderdelen", "programmapunten", "lezingen", "presentaties", "talks", "pauzes",
      "blokken", "rondes", "sprekers");

  /** "vijf" as 5, "64" as 64; none for "één", whose noun would not be plural. */
  static Optional<Integer> digits(String number) {
    if (number.chars().allMatch(Character::isDigit)) {
      return Optional.of(Integer.parseInt(number));
    }
    int at = CountedInText.NUMBER_WORDS.indexOf(number.toLowerCase(java.util.Locale.ROOT));
    if (at >= 2) {
      return Optional.of(at);
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern ANY_NUMBER =
      java.util.regex.Pattern.compile("(?<![:.,\\d])\\b\\d+\\b(?![:.,]\\d)");

  /** Words after which a title's word is what the session is about, not what it is. */
  private static final java.util.Set<String> ABOUT = java.util.Set.of("van", "de", "het", "der", "den", "over", "met",
      "voor", "bij", "en");

  private static boolean namesIt(String title, List<String> forms) {
    String[] words = title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
    for (int k = 0; k < words.length; k++) {
      if (forms.contains(words[k]) && (k == 0 || !ABOUT.contains(words[k - 1]))) {
        return true;
      }
    }
    return false;
  }
}
