package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "is er nog plek in de laatste ronde?", "hoe lang nog tot de laatste tractorrit?": a question about one of the times
 * of a session given more than once, by its place in the day or its clock time.
 */
final class RepeatAsked {
  private RepeatAsked() {
  }

  /**
   * Of {@code named}, one session given more than once, the time asked: "de laatste ronde", "de eerste
   * ciderproeverij", "die van 10:30"; all of them when no time is asked or they are not one session.
   */
  static List<Session> of(List<Session> named, Query query) {
    if (named.size() < 2 || named.stream().map(Session::title).distinct().count() > 1) {
      return named;
    }
    List<Session> byStart = named.stream().sorted(Comparator.comparing(Session::start)).toList();
    Optional<LocalTime> at = query.first(Condition.At.class).map(Condition.At::time);
    if (at.isPresent()) {
      List<Session> then = byStart.stream().filter(s -> s.start().equals(at.get())).toList();
      return then.isEmpty() ? named : then;
    }
    int rank = query.all(Detail.class).stream().mapToInt(Detail::rank).filter(r -> r != 0).findFirst()
        .orElse(query.order().map(o -> o == Query.Order.FIRST ? 1 : o == Query.Order.LAST ? -1 : 0).orElse(0));
    if (rank == -1) {
      return List.of(byStart.get(byStart.size() - 1));
    }
    return rank > 0 && rank <= byStart.size() ? List.of(byStart.get(rank - 1)) : named;
  }
}
