package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/** How a greeting opens, and a greeting that goes on to say who one is rather than ask anything. */
final class Greetings {
  /** A greeting starts with one of these; a longer question that does not is no greeting, whatever it sounds like. */
  private static final Set<String> OPENERS = Set.of("hallo", "hoi", "hey", "hee", "he", "hai",
      "yo", "morgen", "goedemorgen", "goedemiddag", "goedenavond", "goedendag", "goeiemorgen", "goeiemiddag",
      "goeienavond", "goeie", "dag", "hoihoi", "hi", "hello", "moi", "moin");
  private static final Set<String> SELF = Set.of("ik", "wij", "we");
  /** Verbs that say who one is or that one is there; "hoi, ik zoek zaal 3" still asks. */
  private static final Set<String> BEING = Set.of("ben", "zijn", "doe", "doen", "kom", "komen", "heet", "werk",
      "werken");

  /** What a greeting may add that still asks nothing: "hallo, ik heb een vraag", "hoi, mag ik iets vragen?". */
  private static final Set<String> ANNOUNCING = Set.of("ik", "wij", "we", "heb", "hebben", "een", "vraag", "vraagje",
      "vragen", "paar", "even", "mag", "iets", "nog", "kort");
  private static final Set<String> ASKING = Set.of("vraag", "vraagje", "vragen");

  private Greetings() {
  }

  static boolean opens(List<String> tokens) {
    return !tokens.isEmpty() && OPENERS.contains(tokens.get(0));
  }

  /** "hoi ik ben mantelzorger", "goedemorgen, ik doe mee aan X": a greeting and a statement, no question. */
  static boolean introducesSelf(List<String> tokens) {
    return tokens.size() >= 3 && opens(tokens) && SELF.contains(tokens.get(1)) && BEING.contains(tokens.get(2))
        && tokens.stream().noneMatch(CueWords.QUESTION_WORDS::contains);
  }

  /** "hallo, ik heb een vraag", read as nothing at all: a greeting, the question still to come. */
  static Query announcing(Query query, List<String> tokens) {
    boolean announces = tokens.size() >= 3 && opens(tokens) && tokens.stream().skip(1).allMatch(ANNOUNCING::contains)
        && tokens.stream().anyMatch(ASKING::contains);
    return announces && query.asked() == Asked.UNKNOWN && query.conditions().isEmpty()
        ? query.withAsked(Asked.GREETING) : query;
  }
}
