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
  private static final Set<Asked> ASKED = java.util.EnumSet.of(Asked.TIME, Asked.ROOM, Asked.YESNO);
  /** Words that may stand between the kind and the thing: "een live-opname van sportpraat". */
  private static final Set<String> BETWEEN = Set.of("over", "van", "met");

  private KindOfUnknown() {
  }

  /** {@code words}: every word of the programme's names and texts. */
  static Query add(Query query, List<String> tokens, List<Span> spans, Set<String> words) {
    // (a yes or no only as "is er een demonstratie kaas maken?": a thing asked for, not "kan ik bij X pinnen?")
    boolean thereIs = tokens.size() > 2 && tokens.get(1).equals("er") && (tokens.get(0).equals("is")
        || tokens.get(0).equals("zijn"));
    if (!ASKED.contains(query.asked()) || query.has(Condition.NotInProgramme.class)
        || query.asked() == Asked.YESNO && !thereIs) {
      return query;
    }
    for (Span span : spans) {
      String word = span.entity().id().startsWith(UNREAD) ? span.entity().id().substring(UNREAD.length()) : "";
      boolean linked = span.from() > 1 && BETWEEN.contains(tokens.get(span.from() - 1));
      int kindAt = linked ? span.from() - 2 : span.from() - 1;
      // ("is er een live-opname van sportpraat?": a series' own name is a kind too)
      java.util.Optional<Span> series = kindAt < 0 || query.asked() != Asked.YESNO ? java.util.Optional.empty()
          : spans.stream().filter(s -> s.to() == kindAt + 1 && (s.entity().type() == EntityType.SESSION
          || s.entity().type() == EntityType.PART)).findFirst();
      // (after a series' name a verb says what one does there: "vlinders vangen")
      boolean afterKind = kindAt >= 0 && (KINDS.contains(tokens.get(kindAt)) || series.isPresent()
          && !word.endsWith("en"));
      if (span.entity().type() == EntityType.UNKNOWN && afterKind && word.length() >= SHORTEST
          && word.chars().allMatch(Character::isLetter) && !CommonWords.WORDS.contains(word)
          && UnknownThing.unmentioned(word, words)) {
        List<Condition> conditions = new java.util.ArrayList<>(query.conditions());
        String kind = series.map(s -> String.join(" ", tokens.subList(s.from(), s.to()))).orElse(tokens.get(kindAt));
        conditions.add(new Detail(PREFIX + kind + "|" + (linked ? tokens.get(span.from() - 1) + " " : "") + word));
        return query.withConditions(conditions);
      }
    }
    return query;
  }
}
