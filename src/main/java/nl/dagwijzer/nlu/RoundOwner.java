package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "wat is er voor de eerste ronde aan de thematafels?": the kind after a round says whose round it is; what comes
 * before that round is asked, not only the kind's sessions before it.
 */
final class RoundOwner {
  private static final Set<String> OF = Set.of("aan", "van", "bij");
  private static final Set<String> ARTICLES = Set.of("de", "het");

  private RoundOwner() {
  }

  static void read(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    for (Span round : spans) {
      boolean owned = round.entity().type() == EntityType.ROUND && round.to() + 2 < tokens.size()
          && OF.contains(tokens.get(round.to())) && ARTICLES.contains(tokens.get(round.to() + 1));
      if (!owned || conditions.stream().noneMatch(c -> c instanceof Condition.Relative r
          && r.target().contains(round.entity()))) {
        continue;
      }
      spans.stream().filter(s -> s.from() == round.to() + 2 && s.entity().type() == EntityType.PART)
          .forEach(s -> conditions.removeIf(c -> c instanceof Condition.About about
              && about.entity().equals(s.entity())));
    }
  }
}
