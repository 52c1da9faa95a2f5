package nl.dagwijzer.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "gaat room A over psychische klachten?": whether the session asked about is one the topic names; when not, which
 * one is.
 */
final class YesNoAbout {
  private final Answering a;

  YesNoAbout(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    Set<Session> topic = new LinkedHashSet<>();
    a.query().all(Detail.class).stream().flatMap(d -> d.topic().stream()).forEach(named -> {
      if (named.type() == nl.dagwijzer.nlu.EntityType.SESSION) {
        a.programme().session(named.id()).ifPresent(topic::add);
      } else {
        a.programme().topic(named.id()).ifPresent(t -> t.sessionIds().forEach(id ->
            a.programme().session(id).ifPresent(topic::add)));
      }
    });
    List<Session> subject = a.selection().sessions();
    if (topic.isEmpty() || subject.isEmpty()) {
      return Optional.empty();
    }
    List<Session> both = subject.stream().filter(topic::contains).toList();
    // "gaat het derde webinar over ouderen en schulden?" about "Jongeren en schulden": a word the programme never
    // uses is not what it is about
    Optional<String> absent = a.unknown().filter(u -> !u.person())
        .map(nl.dagwijzer.nlu.Condition.NotInProgramme::words);
    if (!both.isEmpty() && absent.isPresent()) {
      Session session = both.get(0);
      return Optional.of(Written.text("Nee, over ‘" + absent.get() + "’ zegt het programma niets. "
          + DutchText.capitalise(a.whenAndWhere(session))
          + ".").turningTo(List.of(session)));
    }
    if (!both.isEmpty()) {
      Session session = both.get(0);
      return Optional.of(Written.text("Ja, " + a.whenAndWhere(session) + ".").turningTo(List.of(session)));
    }
    Session asked = subject.get(0);
    Session instead = topic.iterator().next();
    return Optional.of(Written.text("Nee, " + a.withSpeakers(asked) + " gaat daar niet over; daarover gaat "
        + a.withSpeakers(instead) + ", " + DutchText.span(instead) + TimeWriter.room(instead) + ".")
        .turningTo(List.of(instead)));
  }
}
