package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The other words of a yes/no question about something named: "is er ook koffie voor de ouders?" of the lemonade
 * break, "is de categorie jong & betrokken voor jongeren tot en met 25?". Words of the question language that the
 * description reading leaves out ("koffie", "certificaat") still pick the sentence of the named session's own
 * description that answers it; only that session's text is searched, so an ordinary word is specific enough there.
 */
final class LooseWords {
  /** Shorter words are mostly function words ("ook", "wel"); numbers of any length count ("25"). */
  private static final int SHORTEST = 4;
  private static final Set<String> ASKING = Set.of("moet", "moeten", "mag", "mogen", "kan", "kunnen", "krijg",
      "krijgt", "krijgen", "heb", "hebben", "heeft", "wordt", "worden", "zijn", "gaat", "gaan", "komt", "komen",
      "doen", "doet", "echt", "eigenlijk", "even", "vandaag", "ouders", "kost", "kosten", "betaal", "betalen");

  private LooseWords() {
  }

  static Query add(Query query, List<String> tokens, List<Span> spans) {
    if (query.asked() != Asked.YESNO || query.all(Condition.About.class).stream()
        .noneMatch(c -> c.entity().type() == EntityType.SESSION)) {
      return query;
    }
    List<String> text = query.textWords();
    List<Condition> conditions = new ArrayList<>(query.conditions());
    for (int i = 0; i < tokens.size(); i++) {
      int at = i;
      String word = tokens.get(i);
      boolean named = spans.stream().anyMatch(s -> s.from() <= at && at < s.to());
      boolean number = !word.isEmpty() && word.chars().allMatch(Character::isDigit);
      if (!named && (number || word.length() >= SHORTEST && Character.isLetter(word.charAt(0))
          && !CommonWords.WORDS.contains(word) && !CueWords.all().contains(word) && !ASKING.contains(word))
          && !text.contains(word)) {
        conditions.add(YesNoWords.loose(word));
      }
    }
    return conditions.size() == query.conditions().size() ? query : query.withConditions(conditions);
  }
}
