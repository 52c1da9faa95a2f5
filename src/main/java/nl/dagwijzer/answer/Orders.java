package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/** The first, last, longest or shortest of a selection; ties are all kept, so equal ones are all named. */
final class Orders {
  private Orders() {
  }

  /** {@code order}: minutes in the day's own order ({@code Programme#minutes}): a night's last is after 23:59. */
  static List<Session> apply(List<Session> sessions, Query query, java.util.function.ToIntFunction<LocalTime> order) {
    if (query.order().isEmpty() || sessions.isEmpty()) {
      return sessions;
    }
    List<Session> pool = sessions;
    if (query.asked() == Asked.PEOPLE) {
      pool = filter(pool, s -> !s.speakerIds().isEmpty());
    }
    if (pool.isEmpty()) {
      return pool;
    }
    // "welke tafel sluit als laatste?": by when they end
    java.util.function.Function<Session, LocalTime> time = query.hasDetail(nl.dagwijzer.nlu.Detail.BY_END)
        ? Session::end : Session::start;
    return switch (query.order().get()) {
      case FIRST -> {
        LocalTime first = pool.stream().map(time).min(Comparator.comparingInt(order)).orElseThrow();
        yield filter(pool, s -> time.apply(s).equals(first));
      }
      case LAST -> {
        LocalTime last = pool.stream().map(time).max(Comparator.comparingInt(order)).orElseThrow();
        yield filter(pool, s -> time.apply(s).equals(last));
      }
      case LONGEST -> {
        int most = pool.stream().mapToInt(Session::lengthMinutes).max().orElseThrow();
        yield filter(pool, s -> s.lengthMinutes() == most);
      }
      case SHORTEST -> {
        int least = pool.stream().mapToInt(Session::lengthMinutes).min().orElseThrow();
        yield filter(pool, s -> s.lengthMinutes() == least);
      }
      case SAME_LENGTH -> pool; // compared by the yes/no writer, which names each
      case MOST, FEWEST -> sessions; // counted by the writer: people, speakers or rooms (MostWriter)
    };
  }

  private static List<Session> filter(List<Session> sessions, Predicate<Session> keep) {
    return sessions.stream().filter(keep).toList();
  }
}
