package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "wanneer is de demonstratie klompen maken?", "waar is de workshop klompen maken?": a kind of session named, then a
 * thing no text of the programme mentions, is a session the programme does not have, not the kind's own sessions
 * ("Scheerdemonstratie"). Read as the {@link Detail} {@code soort-zonder:KIND|WORD}; a yes or no such as this is
 * {@link JoinedKind}'s.
 */
public final class KindOfUnknown {
  public static final String PREFIX = "soort-zonder:";
  private static final String UNREAD = "word:";
  private static final int SHORTEST = 4;
  /** Kinds of session a thing may follow. */
  private static final Set<String> KINDS = Set.of("demonstratie", "demo", "workshop", "lezing", "rondleiding",
      "cursus", "presentatie", "wedstrijd", "proeverij", "voorstelling");
  private static final Set<Asked> ASKED = java.util.EnumSet.of(Asked.TIME, Asked.ROOM);

  private KindOfUnknown() {
  }

  /** {@code words}: every word of the programme's names and texts. */
  static Query add(Query query, List<String> tokens, List<Span> spans, Set<String> words) {
    if (!ASKED.contains(query.asked()) || query.has(Condition.NotInProgramme.class)) {
      return query;
    }
    for (Span span : spans) {
      String word = span.entity().id().startsWith(UNREAD) ? span.entity().id().substring(UNREAD.length()) : "";
      boolean afterKind = span.from() > 0 && KINDS.contains(tokens.get(span.from() - 1));
      if (span.entity().type() == EntityType.UNKNOWN && afterKind && word.length() >= SHORTEST
          && word.chars().allMatch(Character::isLetter) && !CommonWords.WORDS.contains(word)
          && UnknownThing.unmentioned(word, words)) {
        List<Condition> conditions = new java.util.ArrayList<>(query.conditions());
        conditions.add(new Detail(PREFIX + tokens.get(span.from() - 1) + "|" + word));
        return query.withConditions(conditions);
      }
    }
    return query;
  }
}
