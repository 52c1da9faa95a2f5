package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/**
 * "kan ik om 22:30 nog schaatsen huren?" of a rental open until 23:00 whose description says "Laatste verhuur om
 * 22:00": no, by the latest time it sets, quoted; yes when the time asked is not later.
 */
final class YesNoLatest {
  private YesNoLatest() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<LocalTime> asked = a.query().first(Condition.At.class).map(Condition.At::time)
        .or(() -> a.query().first(Condition.From.class).map(Condition.From::time));
    List<Session> sessions = a.selection().sessions();
    // ("begint de quiz om 16:00?" asks its start, whatever its text says of registering until 15:45; "kan ik om half 3
    // nog aan de speurtocht beginnen?" asks what one may still do)
    boolean edge = a.query().all(Condition.About.class).stream().anyMatch(c -> c.entity().beginOrEnd()
        && !c.entity().text().endsWith("en"));
    if (edge || asked.isEmpty() || !a.selection().explicitSessions() || sessions.isEmpty()
        || sessions.stream().map(Session::title).distinct().count() != 1) {
      return Optional.empty();
    }
    return Descriptions.firstSentence(sessions, sentence -> LatestTime.in(sentence).isPresent()).map(found -> {
      Session session = found.getKey();
      LocalTime latest = LatestTime.in(found.getValue()).orElseThrow();
      boolean yes = !asked.get().isAfter(latest) && !asked.get().isBefore(session.start());
      return Written.text((yes ? "Ja, " : "Nee, ") + Descriptions.from(session, found.getValue()))
          .turningTo(List.of(session));
    });
  }
}
