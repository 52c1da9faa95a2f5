package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "wat voor soep is er?" when "soep" names one session ("Soep van de dag"): of that one, what kinds it has, which its
 * description says: its content, not the session named back.
 */
final class WhichOfOne {
  private WhichOfOne() {
  }

  static Query read(Query query, List<String> tokens, List<Span> spans) {
    if (query.asked() != Asked.LIST || query.conditions().size() != 1
        || !(query.conditions().get(0) instanceof Condition.About about)
        || about.entity().type() != EntityType.SESSION) {
      return query;
    }
    int first = QuestionForm.firstWord(tokens);
    // ("welke keynote is er?" asks which session it is: its name)
    int named = first + (tokens.size() > first + 1 && tokens.get(first).equals("wat")
        && tokens.get(first + 1).equals("voor") ? 2 : tokens.size());
    boolean right = spans.stream().anyMatch(s -> s.from() == named && s.entity().equals(about.entity()))
        && spans.stream().filter(s -> s.entity().type() == EntityType.SESSION).map(s -> s.entity().id())
        .distinct().count() == 1;
    return right ? query.withAsked(Asked.CONTENT) : query;
  }
}
