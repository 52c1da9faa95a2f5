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

  static Set<Session> emptySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
