package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "kan ik tijdens het panel vragen stellen via Slido?", "wordt de groepsfoto tijdens de borrel gemaakt?": a yes/no
 * question about what happens within a session, not about the other sessions at that time. The session's own
 * description decides ("Vragen stellen kan via Slido"), or the session itself when the question names it twice.
 */
final class YesNoDuring {
  private YesNoDuring() {
  }

  static Optional<Written> answer(Answering a) {
    // "mogen kinderen na het toernooi de paarden aaien?" when its description says "Na afloop mogen kinderen ..."
    Optional<Condition.Relative> during = a.query().all(Condition.Relative.class).stream()
        .filter(r -> r.relation() == Condition.Relation.DURING || r.relation() == Condition.Relation.AFTER
            && r.target().stream().anyMatch(e -> afterwards(a, e))).findFirst();
    if (during.isEmpty()) {
      return Optional.empty();
    }
    List<Session> within = during.get().target().stream().filter(e -> e.type() == EntityType.SESSION)
        .flatMap(e -> a.programme().session(e.id()).stream()).distinct().toList();
    if (within.isEmpty()) {
      return Optional.empty();
    }
    // "wordt de groepsfoto tijdens de borrel gemaakt?" when one session is "De jubileumborrel en groepsfoto"
    boolean same = a.query().all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.SESSION
        && within.stream().anyMatch(s -> s.id().equals(c.entity().id())));
    if (same) {
      Session session = within.get(0);
      return Optional.of(Written.text("Ja, " + a.whenAndWhere(session) + ".").turningTo(List.of(session)));
    }
    List<String> words = a.query().textWords();
    List<Session> among = during.get().relation() == Condition.Relation.AFTER ? within.subList(0, 1) : within;
    return words.isEmpty() ? Optional.empty() : Descriptions.saying(a, words, among);
  }

  /** Whether the session's own text says what happens when it is over. */
  private static boolean afterwards(Answering a, nl.dagwijzer.nlu.Entity target) {
    return target.type() == EntityType.SESSION && a.programme().session(target.id()).stream()
        .flatMap(s -> DescriptionIndex.sentences(s).stream())
        .anyMatch(sentence -> sentence.toLowerCase(java.util.Locale.ROOT).contains("na afloop"));
  }
}
