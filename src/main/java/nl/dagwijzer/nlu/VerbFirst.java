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

  static boolean asks(List<String> tokens, List<Span> spans) {
    if (tokens.size() < 3 || tokens.stream().anyMatch(CueWords.QUESTION_WORDS::contains)) {
      return false;
    }
    String first = tokens.get(0);
    if (first.length() < 4 || ENGLISH.contains(first) || CueWords.all().contains(first) || CommonWords.WORDS.contains(first)
        || first.chars().anyMatch(Character::isDigit)) {
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
