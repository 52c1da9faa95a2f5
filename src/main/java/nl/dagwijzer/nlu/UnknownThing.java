package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "kan ik motorolie kopen op de markt?", "hebben de bussen gordels?": a yes or no about a thing no text of the
 * programme mentions is a thing the programme does not have, not a yes about the market or the buses. Only a noun
 * counts: a word in "-en", "-aan" or "-t", a past participle or a word after "als ik" is mostly a verb ("stopt",
 * "douchen", "bestaan", "vertoond", "als ik zak"), of which the programme may speak in other words.
 */
final class UnknownThing {
  private static final int SHORTEST = 3;
  private static final String UNREAD = "word:";
  /** Adverbs of chat that say how, not what: "is er koffie om kwart voor 11 ofzo?". */
  private static final Set<String> ADVERBS = Set.of("ofzo", "achteraf", "vooraf", "zowel", "verder", "alvast",
      "gewoon", "eens", "ongeveer", "misschien", "trouwens", "opnieuw", "daarna", "eerst", "samen", "apart", "alleen",
      "thuis", "buiten", "binnen", "online", "live");
  private static final Set<String> JOINERS = Set.of("als", "dat", "omdat", "wanneer", "zodat", "of", "terwijl");
  private static final Set<String> PRONOUNS = Set.of("ik", "je", "jij", "we", "wij", "u", "hij", "zij", "ze");
  /** "vertoond", "geveild", "herhaald": a past participle is a verb too. */
  private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
      "(ge|ver|her|be|ont)\\p{L}{3,}d");

  private UnknownThing() {
  }

  /** {@code words}: every word of the programme's names and texts; {@code ordinary}: the question language's. */
  static Query add(Query query, List<String> tokens, List<Span> spans, Set<String> words,
                   java.util.function.Predicate<String> ordinary) {
    if (query.asked() != Asked.YESNO || query.has(Condition.NotInProgramme.class)) {
      return query;
    }
    for (Span span : spans) {
      String word = span.entity().id().startsWith(UNREAD) ? span.entity().id().substring(UNREAD.length()) : "";
      if (span.entity().type() == EntityType.UNKNOWN && noun(word, tokens, span.from())
          && !ADVERBS.contains(word) && !ordinary.test(word) && !CommonWords.WORDS.contains(word)
          && unmentioned(word, words)) {
        List<Condition> conditions = new java.util.ArrayList<>(query.conditions());
        conditions.add(new Condition.NotInProgramme(word, false));
        return query.withConditions(conditions);
      }
    }
    return query;
  }

  /** Whether no word of the programme's names and texts ({@code words}) is {@code word} or holds it. */
  static boolean unmentioned(String word, Set<String> words) {
    return !words.contains(word) && words.stream().noneMatch(w -> w.length() > word.length() && w.contains(word));
  }

  /** Whether {@code word} at {@code at} is a noun, as far as its form tells. */
  private static boolean noun(String word, List<String> tokens, int at) {
    boolean afterAsIf = at > 1 && PRONOUNS.contains(tokens.get(at - 1)) && JOINERS.contains(tokens.get(at - 2));
    return word.length() >= SHORTEST && !word.contains(" ") && word.chars().allMatch(Character::isLetter)
        && !word.endsWith("en") && !word.endsWith("aan") && !word.endsWith("t")
        && !PARTICIPLE.matcher(word).matches() && !afterAsIf;
  }
}
