package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * "wat is er voor kinderen?" where "kinderen" is also an alias of the Kinderhoek: for whom, so every part the texts
 * say is for children (the corner, the children's workshop, the reading hour), not the one session the word names.
 */
final class ForChildren {
  private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile(
      "(?:kinder|kids)(?:activiteit|activiteiten|programma|onderdeel|onderdelen)");

  private ForChildren() {
  }

  static Query read(Query query, List<String> tokens, List<Span> spans) {
    // ("wat is er voor kinderen te doen?" read as what the one session is about: also a list for them)
    if (query.asked() != Asked.LIST && query.asked() != Asked.CONTENT) {
      return query;
    }
    List<Span> forWhom = spans.stream().filter(s -> s.entity().type() == EntityType.SESSION && s.to() == s.from() + 1
        && ChildWords.WORDS.contains(tokens.get(s.from())) && WordsBefore.precededBy(tokens, s.from(), "voor"))
        .toList();
    // ("wat is er voor de kids?" where no name has the word: for them all day, not what is on now)
    // ("welke kinderactiviteit duurt het langst?": the parts for children, whatever the programme calls them)
    int unnamed = java.util.stream.IntStream.range(0, tokens.size()).filter(k -> ChildWords.WORDS.contains(tokens
        .get(k)) && WordsBefore.precededBy(tokens, k, "voor") && spans.stream().noneMatch(s -> s.from() <= k
        && k < s.to()) || COMPOUND.matcher(tokens.get(k)).matches() && spans.stream().noneMatch(s -> s.from() <= k
        && k < s.to() && s.entity().type() != EntityType.UNKNOWN)).findFirst().orElse(-1);
    if (forWhom.isEmpty() && unnamed < 0 || spans.stream().anyMatch(s -> !forWhom.contains(s) && s.entity().type()
        == EntityType.SESSION)) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    forWhom.forEach(s -> conditions.removeIf(c -> c instanceof Condition.About about
        && about.entity().equals(s.entity())));
    conditions.removeIf(c -> c instanceof Condition.AtNow at && at.minutesFromNow() == 0); // all day, not now
    String word = forWhom.isEmpty() ? "kinderen" : tokens.get(forWhom.get(0).from());
    if (conditions.stream().noneMatch(c -> c instanceof Detail d && d.text().filter(word::equals).isPresent())) {
      conditions.add(Detail.text(word));
    }
    return query.withAsked(Asked.LIST).withConditions(conditions);
  }
}
