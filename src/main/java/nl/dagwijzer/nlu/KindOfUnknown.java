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

  /** A compound's first part has at least this many letters to say what no text has ("fakkel" of "fakkeltocht"). */
  private static final int FRONT = 4;
  /** And its last part, the kind, at least this many ("tocht" of "fakkeltocht"). */
  private static final int TAIL = 4;
  /** The letters of a first part that a word of the texts may not begin with. */
  private static final int START = 5;

  /**
   * "hoe laat begint de fakkeltocht?", "wanneer is de kalligrafieworkshop?": a compound of a kind the programme has
   * ("Kindertocht", the workshops) and a first part no text has is a session it does not have, read as
   * {@code soort-zonder:fakkeltocht|}; not a typo of a title's word, nor a compound the texts use.
   */
  static Query compound(Query query, List<String> tokens, List<Span> spans, Set<String> words) {
    if (!ASKED.contains(query.asked()) || query.has(Condition.NotInProgramme.class)
        || query.detailAfter(PREFIX).isPresent()) {
      return query;
    }
    for (Span span : spans) {
      String typed = span.to() - span.from() == 1 ? tokens.get(span.from()) : "";
      // (a noun: "afgelopen", "drinken", "geluncht" say what happens; and no typo of a word the texts have,
      // "vosenjacht" of "Vossenjacht")
      if ((span.entity().type() != EntityType.SESSION && span.entity().type() != EntityType.PART)
          || typed.length() < FRONT + TAIL || words.contains(typed) || !typed.chars().allMatch(Character::isLetter)
          || typed.endsWith("en") || typed.startsWith("ge") || nearWord(typed, words)) {
        continue;
      }
      for (int cut = FRONT; cut <= typed.length() - TAIL; cut++) {
        String tail = typed.substring(cut);
        String front = typed.substring(0, cut);
        // ("kalligrafieworkshop" where the workshops are a kind of session, not a word of their titles)
        if (KINDS.contains(tail) || span.entity().id().startsWith(tail) || words.contains(tail)) {
          // ("welkomstwoord" where the texts say "welkom": a first part the texts begin a word with is theirs)
          String start = front.substring(0, Math.min(front.length(), START));
          if (UnknownThing.unmentioned(front, words) && !CommonWords.WORDS.contains(front)
              && words.stream().noneMatch(w -> w.startsWith(start))) {
            List<Condition> conditions = new java.util.ArrayList<>(query.conditions());
            conditions.add(new Detail(PREFIX + typed + "|"));
            return query.withConditions(conditions);
          }
          break; // the longest kind the texts end a word in decides
        }
      }
    }
    return query;
  }

  private static final org.apache.commons.text.similarity.LevenshteinDistance TYPO =
      new org.apache.commons.text.similarity.LevenshteinDistance(2);

  private static boolean nearWord(String typed, Set<String> words) {
    return java.util.stream.Stream.concat(words.stream(), KINDS.stream())
        .anyMatch(w -> Math.abs(w.length() - typed.length()) <= 2 && TYPO.apply(typed, w) >= 0);
  }
}
