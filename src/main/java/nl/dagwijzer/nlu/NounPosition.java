package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * Whether a word the bot does not know stands where a noun stands: then it names a missing thing ("de yogasessie",
 * "over klimaat", "is er bier bij het diner?"); otherwise it is just a word this bot does not know, and the rest of
 * the question still counts.
 */
final class NounPosition {
  private static final Set<String> NOUN_MARKERS = Set.of("de", "het", "een", "over", "geen", "per", "via", "op", "met");
  /** "mag mijn partner mee?": what follows a possessive is a thing. */
  private static final Set<String> OWNERS = Set.of("mijn", "jouw", "uw", "onze");
  private static final Set<String> OPENING_VERBS = Set.of("mag", "mogen", "kan", "kunnen", "moet", "moeten",
      "zijn", "worden", "wordt", "komt", "komen", "hebben", "krijgen", "krijgt");
  private static final Set<String> THERE_IS = Set.of("is", "zijn", "komt", "komen", "staat", "staan", "wordt",
      "worden", "zit", "zitten", "ligt", "liggen", "hangt", "hangen");

  private NounPosition() {
  }

  static boolean at(List<String> tokens, int i) {
    String before = i > 0 ? tokens.get(i - 1) : "";
    // "over de nieuwe tramlijn", "over ms project": a noun after "over", past its article, an adjective or an
    // abbreviation
    boolean afterOver = i >= 2 && tokens.subList(Math.max(0, i - 3), i).contains("over")
        && tokens.subList(tokens.subList(0, i).lastIndexOf("over") + 1, i).stream()
        .allMatch(t -> t.equals("de") || t.equals("het") || t.equals("een") || t.endsWith("e") || t.length() <= 2);
    // "over koffie en barista": the second of two topics
    boolean coordinated = before.equals("en") && i >= 3 && tokens.subList(Math.max(0, i - 4), i - 1).contains("over");
    // "een workshop yoga": a name after a word for a kind of session is that session's name
    // "mogen partners mee?": the subject right after the verb that opens a yes/no question
    boolean subject = i == 1 && OPENING_VERBS.contains(before);
    return NOUN_MARKERS.contains(before) || OWNERS.contains(before) || subject || afterOver || coordinated
        || DayPart.ofWord(before).isPresent() || afterThereIs(tokens, i);
  }

  /** "is er bier bij het diner?", "zijn er ook vegetarische broodjes?": what a yes/no question asks is there. */
  private static boolean afterThereIs(List<String> tokens, int at) {
    int k = at - 1;
    while (k > 1 && (tokens.get(k).equals("ook") || tokens.get(k).equals("nog") || tokens.get(k).endsWith("e"))) {
      k--;
    }
    return k == 1 && tokens.get(1).equals("er") && THERE_IS.contains(tokens.get(0));
  }
}
