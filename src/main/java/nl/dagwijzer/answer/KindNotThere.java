package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "wanneer is de demonstratie klompen maken?" where the only demonstrations shear sheep: that such a session is not on
 * the programme, with the sessions of that kind there are, rather than the times of the kind's own sessions.
 */
final class KindNotThere {
  private static final java.util.Set<Asked> ASKED = java.util.EnumSet.of(Asked.TIME, Asked.ROOM, Asked.YESNO);

  private KindNotThere() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> missing = a.query().detailAfter(nl.dagwijzer.nlu.KindOfUnknown.PREFIX);
    List<Condition.About> named = a.query().all(Condition.About.class);
    if (!ASKED.contains(a.query().asked()) || missing.isEmpty() || named.isEmpty() || named.stream()
        .anyMatch(c -> c.entity().type() != EntityType.SESSION && c.entity().type() != EntityType.PART)
        || a.selection().sessions().isEmpty()) {
      return Optional.empty();
    }
    String[] said = missing.get().split("\\|", 2);
    // "is er een demonstratie kaas maken?": no, with what there is of that kind
    return Optional.of(reply(a.query().asked() == Asked.YESNO ? "Nee, een " : "Een ",
        (said[0] + " " + said[1]).strip(), a.selection().sessions()));
  }

  /** "Een {@code what} staat niet op het programma. Wel: ..." with each title of {@code sessions} once. */
  static Written reply(String what, List<Session> sessions) {
    return reply("Een ", what, sessions);
  }

  private static Written reply(String opening, String what, List<Session> sessions) {
    List<Session> instead = YesNoJoinedKind.distinct(sessions);
    return Written.text(opening + what + " staat niet op het programma. " + YesNoJoinedKind.instead(instead))
        .turningTo(instead);
  }
}
