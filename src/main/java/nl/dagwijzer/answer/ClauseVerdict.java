package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;

/**
 * The yes or no of the one sentence quoted for a yes/no question when that sentence has every word asked in one
 * clause: "Uitstappen is niet toegestaan" says no to "mag je uitstappen?"; "Een bod is bindend." says yes to "is een
 * bod bindend?", a question without a verb of its own. A clause the sentence does not settle leaves it unjudged.
 */
final class ClauseVerdict {
  private static final String YES = "Ja, ";
  private static final String NO = "Nee, ";

  /** Verbs that state what is so or allowed, the way a yes/no question without a verb of its own asks it. */
  private static final java.util.Set<String> STATING = java.util.Set.of("is", "zijn", "mag", "mogen", "kan", "kun",
      "kunt", "kunnen", "moet", "moeten", "wordt", "worden");

  /** Endings of a verb or an adjective: what a clause says of a thing ("herkansen", "bindend", "zichtbaar"). */
  private static final java.util.regex.Pattern PREDICATE = java.util.regex.Pattern.compile(
      ".{3,}(?:en|end|ende|baar|ig|lijk)");

  private ClauseVerdict() {
  }

  static Optional<String> judged(Answering a, String quote) {
    if (a.query().asked() != Asked.YESNO || quote.contains("\n") || !quote.startsWith("Uit ")) {
      return Optional.empty();
    }
    String sentence = QuotedBeside.quotedSentence(YES + DutchText.lowerFirst(quote));
    List<String> words = a.query().textWords();
    List<String> tokens = a.index().descriptions().tokens(sentence);
    if (words.isEmpty() || !words.stream().allMatch(w -> DescriptionIndex.mentions(tokens, w))
        || TextFallback.asNoun(a, tokens)) {
      return Optional.empty();
    }
    Optional<Boolean> negated = Clauses.negated(sentence, words);
    if (negated.isEmpty()) {
      return Optional.empty();
    }
    boolean verbAsked = a.query().all(Detail.class).stream().anyMatch(d -> d.ability().isPresent());
    if (negated.get()) {
      // the verb asked must be the one the sentence turns around, not a verb of another clause
      return !verbAsked || Confirmable.verbNamed(a, YES + DutchText.lowerFirst(quote))
          ? Optional.of(NO + DutchText.lowerFirst(quote)) : Optional.empty();
    }
    // without a verb asked, a yes needs the clause to say so in a verb of its own ("Een bod is bindend", "Je mag gratis
    // herkansen"), not to list the thing ("Broodjes, soep en ranja in de foyer" to "zijn er glutenvrije broodjes?")
    // and the word asked must be what is said of it ("bindend", "herkansen"), not a thing it names ("ladder", "bus")
    boolean said = !verbAsked && !a.query().hasDetail("er-is") && words.stream().allMatch(ClauseVerdict::predicate)
        && Clauses.clauseWith(sentence, words)
        .filter(clause -> a.index().descriptions().tokens(clause).stream().anyMatch(STATING::contains)).isPresent();
    return said ? Optional.of(YES + DutchText.lowerFirst(quote)) : Optional.empty();
  }

  private static boolean predicate(String word) {
    return PREDICATE.matcher(word).matches() && !nl.dagwijzer.nlu.CountedPeople.people(word);
  }
}
