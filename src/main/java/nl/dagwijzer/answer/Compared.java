package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * The sessions two named things stand for when their lengths are compared: "duurt het optreden van Lotte Vermeer
 * langer dan dat van Mo Bennani?" is one session each, though Mo Bennani also presents the open stage.
 */
final class Compared {
  private Compared() {
  }

  /** One session per named speaker (the one they give, not one they host); sessions named outright stay. */
  static List<Session> eachNamed(List<Condition.About> named, List<Session> subject) {
    List<Session> kept = new ArrayList<>();
    boolean narrowed = false;
    for (Condition.About about : named) {
      if (about.entity().type() != EntityType.SPEAKER) {
        continue;
      }
      String id = about.entity().id();
      List<Session> theirs = subject.stream().filter(s -> s.speakerIds().contains(id)).toList();
      List<Session> own = theirs.stream().filter(s -> !s.speakerRoles().containsKey(id)).toList();
      List<Session> chosen = own.size() == 1 ? own : theirs;
      narrowed |= chosen.size() < theirs.size();
      chosen.stream().filter(s -> !kept.contains(s)).forEach(kept::add);
    }
    if (!narrowed) {
      return subject;
    }
    subject.stream().filter(s -> named.stream().anyMatch(n -> n.entity().id().equals(s.id())) && !kept.contains(s))
        .forEach(kept::add);
    return kept;
  }
}
