package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * "hoe laat is de tweede ronde van de make-up workshop?": the second time a session given more than once is on, not
 * the day's second round of workshops. Read as that session's rank ({@code rang:2}) instead of the round.
 */
final class RoundOfSession {
  private static final List<String> ROUND_WORDS = List.of("ronde", "keer", "sessie");

  private RoundOfSession() {
  }

  static Query read(Query query, List<String> tokens) {
    List<Condition.InRound> rounds = query.all(Condition.InRound.class);
    long named = query.all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.SESSION).map(c -> c.entity().id()).distinct().count();
    if (rounds.size() != 1 || named < 2 || !ofSession(tokens)) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.remove(rounds.get(0));
    conditions.add(Detail.rank(rounds.get(0).round()));
    return query.withConditions(conditions);
  }

  /** "ronde van", "keer van": the round belongs to what follows. */
  private static boolean ofSession(List<String> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (ROUND_WORDS.contains(tokens.get(i)) && tokens.get(i + 1).equals("van")) {
        return true;
      }
    }
    return false;
  }
}
