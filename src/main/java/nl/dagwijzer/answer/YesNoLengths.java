package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.join;

import java.util.List;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/** Yes or no on which of the sessions named lasts longer, shorter or as long. */
final class YesNoLengths {
  private YesNoLengths() {
  }

  /** "duurt het panel langer dan de inleiding?": the first thing named against the other. */
  static Written answer(Answering a) {
    List<Session> subject = a.selection().subject();
    List<Session> both = Compared.eachNamed(a.query().all(Condition.About.class), subject);
    String firstId = a.query().all(Condition.About.class).get(0).entity().id();
    Session first = both.stream().filter(s -> s.id().equals(firstId) || s.speakerIds().contains(firstId))
        .findFirst().orElse(both.get(0));
    List<Session> others = both.stream().filter(s -> s != first).toList();
    nl.dagwijzer.nlu.Query.Order order = a.query().order().get();
    // "duurt de bonbonworkshop langer dan de kinderworkshop?" of two workshops given twice: against the other one,
    // not against its own second time
    List<Session> against = others.stream().filter(o -> !o.title().equals(first.title())).toList();
    boolean yes = (against.isEmpty() ? others : against).stream().allMatch(o -> switch (order) {
      case LONGEST -> first.lengthMinutes() > o.lengthMinutes();
      case SHORTEST -> first.lengthMinutes() < o.lengthMinutes();
      default -> first.lengthMinutes() == o.lengthMinutes();
    });
    // (with when each is, which an asker comparing them mostly wants next)
    return Written.text((yes ? "Ja, " : "Nee, ") + a.withSpeakers(first) + " duurt " + lasting(first) + "; "
        + join(others.stream().map(o -> DutchText.name(o) + " " + lasting(o)).toList()) + ".").turningTo(both);
  }

  private static String lasting(Session session) {
    return DutchText.minutes(session.lengthMinutes()) + ", van " + DutchText.time(session.start()) + " tot "
        + DutchText.time(session.end());
  }
}
