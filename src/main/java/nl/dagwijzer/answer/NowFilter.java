package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.List;
import java.util.function.Predicate;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/** What comes after or came before the clock time now: "wat is het volgende?", "wie sprak er net?". */
final class NowFilter {
  private NowFilter() {
  }

  /** "wie sprak er net?" looks past a break, as "wie spreekt er hierna?" does; "wat was er voor nu?" all of it. */
  static List<Session> before(List<Session> sessions, Condition.BeforeNow c, LocalTime now, Query query,
                              Phrases context) {
    List<Session> earlier = sessions.stream().filter(c.all() ? s -> s.start().isBefore(now)
        : s -> !s.end().isAfter(now) && speaking(query).test(s)).toList();
    context.add(c.all() ? "voor nu (" + DutchText.time(now) + ")" : "net afgelopen");
    if (c.all() || earlier.isEmpty()) {
      return earlier;
    }
    // "wat was het vorige onderdeel?", "wat is er net afgelopen?": what ended last
    LocalTime last = earlier.stream().map(Session::end).max(LocalTime::compareTo).orElseThrow();
    return earlier.stream().filter(s -> s.end().equals(last)).toList();
  }

  /**
   * "het volgende webinar" is the next one of that kind; "de volgende webinars", or a person's, all of them; "wat
   * loopt er nog?" also what is on now.
   */
  static List<Session> after(List<Session> sessions, LocalTime now, Query query, Subject subject, Phrases context,
                             java.util.function.ToIntFunction<LocalTime> order) {
    boolean kind = query.all(Condition.About.class).stream().allMatch(c -> c.entity().type() == EntityType.PART);
    boolean all = subject.named() && (query.plural() || !kind) && !query.hasDetail("eerstvolgende")
        || query.hasDetail("alles");
    List<Session> after = Relations.after(sessions, now, all, List.of(), speaking(query), order);
    if (query.hasDetail("lopend")) {
      context.add("nu en hierna");
      int at = order.applyAsInt(now);
      return sessions.stream().filter(s -> order.applyAsInt(s.end()) > at && (order.applyAsInt(s.start()) <= at
          || after.contains(s))).toList();
    }
    context.add(query.hasDetail(FollowUp.THEN) ? FollowUp.THEN : "hierna"); // ("+ en daarna": after the last answer)
    return after;
  }

  /** People questions look past breaks: "wie spreekt er na X?" is the next session with a speaker. */
  static Predicate<Session> speaking(Query query) {
    return query.asked() == nl.dagwijzer.nlu.Asked.PEOPLE ? s -> !s.speakerIds().isEmpty() : s -> true;
  }
}
