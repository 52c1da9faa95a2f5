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
    if (asked.isEmpty() || !a.selection().explicitSessions() || sessions.isEmpty()
        || sessions.stream().map(Session::title).distinct().count() != 1) {
      return Optional.empty();
    }
    for (Session session : sessions) {
      for (String sentence : DescriptionIndex.sentences(session)) {
        Optional<LocalTime> latest = LatestTime.in(sentence);
        if (latest.isPresent()) {
          boolean yes = !asked.get().isAfter(latest.get()) && !asked.get().isBefore(session.start());
          return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + Descriptions.from(session, sentence))
              .turningTo(List.of(session)));
        }
      }
    }
    return Optional.empty();
  }
}
