package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * A yes/no question that opens with a verb no list can foresee ("pitcht Bram Kok in de eerste ronde?", "draait
 * DJ Nassim voor de prijsuitreiking?"): in Dutch the finite verb comes first and the one it is about right after it.
 */
final class VerbFirst {
  private static final Set<EntityType> SUBJECTS = Set.of(EntityType.SPEAKER, EntityType.ORGANISATION,
      EntityType.ROLE, EntityType.SESSION, EntityType.PART);
  private static final Set<String> ARTICLES = Set.of("de", "het", "er");
  /** English question words some attendees type ("when starts ronde 2"). */
  private static final Set<String> ENGLISH = Set.of("when", "where", "who", "what", "which", "how");

  private VerbFirst() {
  }

  /**
   * Whether a question of three or more words without a question word opens with a word that may be a verb: no
   * ordinary word of the question language, no cue word, no number.
   */
  static boolean opensWithVerb(List<String> tokens) {
    if (tokens.size() < 3 || tokens.stream().anyMatch(CueWords.QUESTION_WORDS::contains)) {
      return false;
    }
    String first = tokens.get(0);
    return first.length() >= 4 && !CueWords.all().contains(first) && !CommonWords.WORDS.contains(first)
        && first.chars().noneMatch(Character::isDigit);
  }

  static boolean asks(List<String> tokens, List<Span> spans) {
    if (!opensWithVerb(tokens) || ENGLISH.contains(tokens.get(0))) {
      return false;
    }
    if (CueWords.YES_NO_VERBS.contains(tokens.get(1))) {
      return false; // "wnnr begint ronde 3": a question word mistyped, the verb comes second
    }
    int subject = ARTICLES.contains(tokens.get(1)) ? 2 : 1;
    return spans.stream().noneMatch(s -> s.from() == 0 && !s.entity().id().startsWith("word:"))
        && spans.stream().anyMatch(s -> s.from() == subject && SUBJECTS.contains(s.entity().type()));
  }
}
