package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;

/**
 * "tussen het panelgesprek en de tweede draaidemonstratie": the ordinal before the second end of "tussen" says which
 * time of a session given more than once the span ends at.
 */
final class UntilOrdinal {
  private UntilOrdinal() {
  }

  /** "en de tweede": "en", an article and one ordinal between the two ends. */
  static boolean gap(List<String> tokens, int from, int to) {
    if (to <= from || to - from > 3 || !tokens.get(from).equals("en")) {
      return false;
    }
    List<String> gap = tokens.subList(from, to);
    return gap.stream().filter(RoundWords.ORDINALS::containsKey).count() == 1 && gap.stream()
        .allMatch(t -> RoundWords.ORDINALS.containsKey(t) || t.equals("en") || t.equals("de") || t.equals("het"));
  }

  /** The ordinal said which end it is, so it ranks nothing of what the question asks ("rang:2", "laatste"). */
  static Query read(Query query, List<String> tokens) {
    boolean ended = query.all(Condition.Relative.class).stream()
        .anyMatch(r -> r.relation() == Condition.Relation.BETWEEN && !r.until().isEmpty());
    boolean said = java.util.stream.IntStream.range(0, tokens.size()).anyMatch(k -> tokens.get(k).equals("en")
        && gap(tokens, k, Math.min(tokens.size(), k + 3)));
    if (!ended || !said || !tokens.contains("tussen")) {
      return query;
    }
    Optional<Query.Order> order = query.order().filter(o -> o != Query.Order.FIRST && o != Query.Order.LAST);
    return new Query(query.asked(), query.conditions().stream().filter(c -> !(c instanceof Detail d
        && d.word().startsWith("rang:"))).toList(), order, query.counted(), query.plural());
  }

  /** The rank an ordinal in {@code gap} gives (-1 for "laatste"), or 0. */
  static int rank(List<String> gap) {
    return gap.stream().filter(RoundWords.ORDINALS::containsKey).map(RoundWords.ORDINALS::get).findFirst().orElse(0);
  }

  /** Of the sessions {@code until} names, in the programme's order, the one of that rank; else all of them. */
  static List<Entity> nth(List<Entity> until, int rank) {
    if (rank == 0 || until.size() < 2 || until.stream().anyMatch(e -> e.type() != EntityType.SESSION)
        || rank > until.size()) {
      return until;
    }
    return List.of(until.get(rank < 0 ? until.size() - 1 : rank - 1));
  }
}
