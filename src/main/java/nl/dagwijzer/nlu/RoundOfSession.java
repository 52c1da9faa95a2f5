package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "hoe laat is de tweede ronde van de make-up workshop?": the second time a session given more than once is on, not
 * the day's second round of workshops. Read as that session's rank ({@code rang:2}) instead of the round.
 */
final class RoundOfSession {
  private static final List<String> ROUND_WORDS = List.of("ronde", "keer", "sessie");

  private RoundOfSession() {
  }

  static Query read(Query query, List<String> tokens, Programme programme) {
    List<Condition.InRound> rounds = query.all(Condition.InRound.class);
    long named = query.all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.SESSION).map(c -> c.entity().id()).distinct().count();
    if (rounds.size() != 1 || !ofSession(tokens)) {
      return query;
    }
    if (named == 0) {
      return related(query, rounds.get(0), programme);
    }
    if (named < 2) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.remove(rounds.get(0));
    conditions.add(Detail.rank(rounds.get(0).round()));
    return query.withConditions(conditions);
  }

  /**
   * "wat is er tegelijk met de tweede ronde van de speurtocht?": of the one session a relation is about, given more
   * than once under one title, the time the round counts; the day's own rounds are not meant.
   */
  private static Query related(Query query, Condition.InRound round, Programme programme) {
    List<Condition.Relative> relatives = query.all(Condition.Relative.class);
    if (relatives.size() != 1) {
      return query;
    }
    Condition.Relative relative = relatives.get(0);
    List<Session> given = relative.target().stream().filter(e -> e.type() == EntityType.SESSION)
        .map(e -> programme.session(e.id())).flatMap(Optional::stream)
        .sorted(Comparator.comparing(Session::start)).toList();
    boolean oneTitle = given.size() >= 2 && given.size() == relative.target().size()
        && given.stream().map(Session::title).distinct().count() == 1;
    int n = round.round() < 0 ? given.size() : round.round();
    if (!oneTitle || n > given.size()) {
      return query;
    }
    String id = given.get(n - 1).id();
    List<Entity> meant = relative.target().stream().filter(e -> e.id().equals(id)).toList();
    List<Condition> conditions = new ArrayList<>();
    for (Condition c : query.conditions()) {
      if (c == relative) {
        conditions.add(new Condition.Relative(relative.relation(), meant, relative.until()));
      } else if (c != round && !(c instanceof Detail d && d.word().equals(Detail.ALONGSIDE_ROUND))) {
        conditions.add(c);
      }
    }
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
