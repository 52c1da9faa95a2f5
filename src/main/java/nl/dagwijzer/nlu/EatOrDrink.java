package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "waar kan ik wat eten of drinken?", "is er ergens iets te drinken?": every place the day has for food or drink,
 * not the one session an alias "eten" names, nor only what a general word for meals or coffee finds. The words that
 * asked it stop being names; a detail says what is wanted ({@link #FOOD}, {@link #DRINK}, or both).
 */
public final class EatOrDrink {
  /** The detail of a question for food, drink, or both. */
  public static final String FOOD = "horeca:eten";
  public static final String DRINK = "horeca:drinken";
  private static final Set<String> EAT = Set.of("eten", "eet", "hapje", "hapjes", "bite");
  private static final Set<String> SIP = Set.of("drinken", "drink", "drankje", "drankjes");
  /** What stands before the word when it asks for something to eat: "wat eten", "iets te eten", "een hapje". */
  private static final Set<String> BEFORE = Set.of("wat", "iets", "te", "een", "of", "en", "ergens");

  private EatOrDrink() {
  }

  static Query read(Query query, List<String> tokens, List<Span> spans) {
    boolean eat = said(tokens, EAT);
    boolean drink = said(tokens, SIP);
    boolean where = !tokens.isEmpty() && (tokens.get(0).equals("waar") || tokens.contains("ergens"));
    if (!eat && !drink || !where || query.asked() == Asked.YESNO && !tokens.contains("waar")) {
      return query;
    }
    List<Condition> kept = new ArrayList<>();
    for (Condition condition : query.conditions()) {
      boolean named = condition instanceof Condition.About about && (about.entity().type() == EntityType.SESSION
          || about.entity().type() == EntityType.PART) && spans.stream().anyMatch(s -> s.entity().equals(
          about.entity()) && words(tokens, s).stream().allMatch(w -> EAT.contains(w) || SIP.contains(w)
          || w.equals("of") || w.equals("en")));
      if (!named && !(condition instanceof Detail d && d.text().filter(w -> EAT.contains(w) || SIP.contains(w))
          .isPresent())) {
        kept.add(condition);
      }
    }
    if (eat) {
      kept.add(new Detail(FOOD));
    }
    if (drink) {
      kept.add(new Detail(DRINK));
    }
    Query read = query.withConditions(kept);
    return read.asked() == Asked.UNKNOWN || read.asked() == Asked.YESNO ? read.withAsked(Asked.LIST) : read;
  }

  private static boolean said(List<String> tokens, Set<String> words) {
    for (int i = 1; i < tokens.size(); i++) {
      if (words.contains(tokens.get(i)) && BEFORE.contains(tokens.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(List<String> tokens, Span span) {
    return span.from() >= 0 && span.to() <= tokens.size() ? tokens.subList(span.from(), span.to()) : List.of("?");
  }
}
