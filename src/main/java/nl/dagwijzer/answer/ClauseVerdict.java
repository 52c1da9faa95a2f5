package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Detail;

/**
 * The yes or no of the one sentence quoted for a yes/no question when that sentence has every word asked in one
 * clause: yes when the sentence has the verb asked and nothing turns the words around ("kan ik zelf bloemen plukken?"
 * against "Zelf een boeket plukken kost €6"); no when the clause turns them around ("Uitstappen is niet toegestaan"
 * to "mag je uitstappen?"); yes to a question without a verb of its own when the clause states it ("Een bod is
 * bindend." to "is een bod bindend?"). A clause the sentence does not settle leaves it unjudged.
 */
final class ClauseVerdict {
  private static final String YES = "Ja, ";
  private static final String NO = "Nee, ";
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("de", "het", "een", "deze", "die");

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
    String yes = YES + DutchText.lowerFirst(quote);
    String sentence = QuotedBeside.quotedSentence(yes);
    List<String> words = a.query().textWords();
    List<String> tokens = a.index().descriptions().tokens(sentence);
    if (words.isEmpty() || !words.stream().allMatch(w -> DescriptionIndex.mentions(tokens, w)) || asNoun(a, tokens)) {
      return Optional.empty();
    }
    // "kan ik zonder aanmelding inspreken?" against "Aanmelden om in te spreken kan tot 12:00": asked without it
    Optional<Boolean> negated = Descriptions.denies(a, sentence, words);
    if (negated.isEmpty()) {
      return Optional.empty();
    }
    boolean verbNamed = Confirmable.verbNamed(a, yes);
    if (!negated.get() && verbNamed) {
      return Optional.of(yes);
    }
    boolean verbAsked = a.query().all(Detail.class).stream().anyMatch(d -> d.ability().isPresent());
    if (negated.get()) {
      // the verb asked must be the one the sentence turns around, not a verb of another clause
      return !verbAsked || verbNamed ? Optional.of(NO + DutchText.lowerFirst(quote)) : Optional.empty();
    }
    // without a verb asked, a yes needs the clause to say so in a verb of its own ("Een bod is bindend", "Je mag gratis
    // herkansen"), not to list the thing ("Broodjes, soep en ranja in de foyer" to "zijn er glutenvrije broodjes?")
    // and the word asked must be what is said of it ("bindend", "herkansen"), not a thing it names ("ladder", "bus")
    boolean said = !verbAsked && !a.query().hasDetail("er-is") && words.stream().allMatch(ClauseVerdict::predicate)
        && Clauses.clauseWith(sentence, words)
        .filter(clause -> a.index().descriptions().tokens(clause).stream().anyMatch(STATING::contains)).isPresent();
    return said ? Optional.of(yes) : Optional.empty();
  }

  /** ("kan ik hier trouwen?" read as "touwen" against "blijf achter de touwen": a noun there, not the verb) */
  private static boolean asNoun(Answering a, List<String> tokens) {
    return a.query().all(Detail.class).stream().flatMap(d -> d.ability().stream()).anyMatch(verb -> {
      int at = tokens.indexOf(verb);
      return at > 0 && (ARTICLES.contains(tokens.get(at - 1)) || tokens.get(at - 1).matches("\\d+"));
    });
  }

  private static boolean predicate(String word) {
    return PREDICATE.matcher(word).matches() && !nl.dagwijzer.nlu.CountedPeople.people(word);
  }
}
