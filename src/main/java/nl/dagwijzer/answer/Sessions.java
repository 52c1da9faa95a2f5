package nl.dagwijzer.answer;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import nl.dagwijzer.programme.Session;

/**
 * Sets of the programme's own session objects. A {@link Session} record hashes all its fields, lists and long texts
 * included, so membership by identity keeps a question on a programme of a thousand sessions cheap.
 */
final class Sessions {
  private Sessions() {
  }

  static Set<Session> setOf(Collection<Session> sessions) {
    Set<Session> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(sessions);
    return set;
  }

  /** The stretches of time {@code sessions} take, overlapping ones merged, in order: each {start, end}. */
  static java.util.List<java.time.LocalTime[]> blocks(Collection<Session> sessions) {
    java.util.List<Session> sorted = sessions.stream()
        .sorted(java.util.Comparator.comparing(Session::start)).toList();
    java.util.List<java.time.LocalTime[]> blocks = new java.util.ArrayList<>();
    for (Session session : sorted) {
      java.time.LocalTime[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (last != null && session.start().isBefore(last[1])) {
        last[1] = session.end().isAfter(last[1]) ? session.end() : last[1];
      } else {
        blocks.add(new java.time.LocalTime[] {session.start(), session.end()});
      }
    }
    return blocks;
  }

  static Set<Session> emptySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
