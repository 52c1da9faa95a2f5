package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "hoe lang nog tot de tweede ronde begint?": the wait for a round's start, where "begint" is the round's, not the
 * start of the day read beside it.
 */
final class RoundWait {
  private static final String BEGIN = "begin";

  private RoundWait() {
  }

  static Query read(Query query) {
    if (!query.hasDetail("nog") || !query.has(Condition.InRound.class)) {
      return query;
    }
    List<Condition> kept = query.conditions().stream().filter(c -> !(c instanceof Condition.About about
        && about.entity().type() == EntityType.PART && about.entity().id().equals(BEGIN))).toList();
    return kept.size() == query.conditions().size() ? query : query.withConditions(kept);
  }
}
