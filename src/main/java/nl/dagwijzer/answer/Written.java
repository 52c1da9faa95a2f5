package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.programme.Session;

/**
 * A reply as written: the text, for listings an overview of slots, and the sessions the reply turned to, so that a
 * follow-up such as "en wie geeft dat?" can refer to them.
 */
record Written(String text, Optional<Overview> overview, List<Session> turnedTo) {
  Written {
    turnedTo = List.copyOf(turnedTo);
  }

  Written(String text, Optional<Overview> overview) {
    this(text, overview, List.of());
  }

  static Written text(String text) {
    return new Written(text, Optional.empty());
  }

  Written turningTo(List<Session> sessions) {
    return new Written(text, overview, sessions);
  }
}
