package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/** Which time of a session given more than once a yes/no question about its time means. */
final class OwnTurn {
  private OwnTurn() {
  }

  /**
   * Of a session given more than once, the one the question means: a group's own ("heeft groep B de rondleiding
   * om 10:50?") and the first or last ("is de laatste 'Grip op je post' om 17:00?").
   */
  static List<Session> of(Answering a, List<Session> subject) {
    List<Session> own = subject;
    for (String group : a.query().all(Detail.class).stream().flatMap(d -> d.group().stream()).toList()) {
      if (AttendeeGroups.named(a.programme().sessions(), group)) {
        own = AttendeeGroups.filter(own, group);
      }
    }
    Optional<nl.dagwijzer.nlu.Query.Order> order = a.query().order();
    if (own.size() > 1 && own.stream().map(Session::title).distinct().count() == 1 && order.isPresent()) {
      if (order.get() == nl.dagwijzer.nlu.Query.Order.FIRST) {
        own = List.of(own.get(0));
      } else if (order.get() == nl.dagwijzer.nlu.Query.Order.LAST) {
        own = List.of(own.get(own.size() - 1));
      }
    }
    return own.isEmpty() ? subject : own;
  }
}
