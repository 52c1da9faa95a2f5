package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The things a yes/no question names that no text of the programme has, though they are words of the question
 * language: "auto" of "kunnen jullie ook mijn auto repareren?", "glutenvrije" of "zijn er glutenvrije broodjes?". A
 * description's sentence without them says nothing of them, so it cannot say yes ({@link YesNoWords#unsaid}).
 */
final class UnsaidThings {
  private static final int SHORTEST = 3;
  /** Common words that are things one may ask after ("mijn auto"), unlike the rest of {@link CommonWords}. */
  private static final Set<String> THINGS = Set.of("auto", "fiets", "bus", "trein", "koffie", "eten", "drinken",
      "telefoon", "app", "badge", "website");

  private UnsaidThings() {
  }

  static Query add(Query query, List<String> tokens, List<Span> spans, Set<String> programmeWords) {
    if (query.asked() != Asked.YESNO) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    List<String> text = query.textWords(); // "infopraatjes" read as the texts' "infopraatje"
    for (int i = 1; i < tokens.size(); i++) {
      int at = i;
      String word = tokens.get(i);
      // the thing, or what is said of it ("mijn auto", "een hele marathon", "glutenvrije broodjes")
      boolean thing = NounPosition.at(tokens, i) || i > 1 && NounPosition.at(tokens, i - 1)
          && tokens.get(i - 1).endsWith("e");
      if (thing && word.length() >= SHORTEST && word.chars().allMatch(Character::isLetter)
          && spans.stream().noneMatch(s -> s.from() <= at && at < s.to())
          && (!CommonWords.WORDS.contains(word) || THINGS.contains(word)) && !CueWords.all().contains(word)
          && !ChildWords.WORDS.contains(word)
          && TextWords.inflected(word).stream().noneMatch(programmeWords::contains)
          && text.stream().noneMatch(t -> sameStart(t, word))
          && query.all(Detail.class).stream().noneMatch(d -> d.word().equals(word) || d.word().endsWith(":" + word))
          && programmeWords.stream().noneMatch(w -> w.contains(word))) {
        conditions.add(YesNoWords.unsaid(word));
      }
    }
    return conditions.size() == query.conditions().size() ? query : query.withConditions(conditions);
  }

  /** Two forms of one word: the shorter is the start of the longer, which has at most three letters more. */
  private static boolean sameStart(String one, String other) {
    String shorter = one.length() <= other.length() ? one : other;
    String longer = shorter == one ? other : one;
    return longer.startsWith(shorter) && longer.length() - shorter.length() <= 3;
  }
}
