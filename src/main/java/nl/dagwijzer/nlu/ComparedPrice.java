package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "is een avondkaart goedkoper dan een dagkaart?", "is de herderslunch goedkoper voor kinderen?", "is een kaartje
 * online goedkoper?": a yes or no on one price against another, read as
 * {@code prijsvergelijk:lager|hoger:BEFORE:AFTER:dan|als}, the words before the comparison and after it (after "dan",
 * or the condition that would make it cheaper).
 */
public final class ComparedPrice {
  public static final String PREFIX = "prijsvergelijk:";
  private static final Set<String> LOWER = Set.of("goedkoper", "goedkopere");
  private static final Set<String> HIGHER = Set.of("duurder", "duurdere");
  /** Words that name nothing priced. */
  private static final Set<String> FILLER = Set.of("is", "zijn", "er", "een", "de", "het", "als", "ik", "je", "we",
      "kom", "komen", "kopen", "koop", "dan", "aan", "bij", "voor", "op", "in", "met", "mijn", "ook", "wel", "nog",
      "ben", "wordt", "kost", "kosten", "betaal", "betalen", "dat", "die", "deze", "veel", "iets", "nou", "eigenlijk");
  private static final int SHORTEST = 3;

  private ComparedPrice() {
  }

  static Query read(Query query, List<String> tokens) {
    int at = -1;
    for (int i = 0; i < tokens.size() && at < 0; i++) {
      at = LOWER.contains(tokens.get(i)) || HIGHER.contains(tokens.get(i)) ? i : -1;
    }
    if (at < 0 || query.asked() != Asked.YESNO && !YesNoForm.isYesNo(tokens)) {
      return query;
    }
    boolean than = at + 1 < tokens.size() && tokens.get(at + 1).equals("dan");
    List<String> before = words(tokens.subList(0, at));
    List<String> after = words(tokens.subList(at + 1, tokens.size()));
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.removeIf(c -> c instanceof Condition.NotInProgramme);
    conditions.add(new Detail(PREFIX + (LOWER.contains(tokens.get(at)) ? "lager" : "hoger") + ":"
        + String.join(",", before) + ":" + String.join(",", after) + ":" + (than ? "dan" : "als")));
    return query.withAsked(Asked.YESNO).withConditions(conditions);
  }

  private static List<String> words(List<String> tokens) {
    return tokens.stream().filter(t -> t.length() >= SHORTEST && !FILLER.contains(t)
        && t.chars().allMatch(Character::isLetter)).toList();
  }
}
