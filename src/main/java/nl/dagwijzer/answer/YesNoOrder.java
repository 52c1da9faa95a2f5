package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Slot;

/**
 * "is de bingo het laatste onderdeel?", "is de opening het eerste?": whether the session named is in the day's first
 * or last block, and which is when it is not.
 */
final class YesNoOrder {
  private final Answering a;

  YesNoOrder(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    Optional<Query.Order> order = a.query().order().filter(o -> o == Query.Order.FIRST || o == Query.Order.LAST);
    List<Condition.About> names = a.query().all(Condition.About.class);
    List<Session> named = a.selection().sessions();
    List<Slot> slots = a.programme().slots();
    if (order.isEmpty() || named.isEmpty() || !a.selection().named() || names.isEmpty() || slots.isEmpty()
        || names.stream().anyMatch(c -> c.entity().type() != EntityType.SESSION)
        || a.query().conditions().stream().anyMatch(c -> !(c instanceof Condition.About))) {
      // "heeft groep rood als eerste de verhalenkeuken?", "is de laatste rondleiding om 17:00?": not the day's edge
      return Optional.empty();
    }
    boolean last = order.get() == Query.Order.LAST;
    Slot edge = last ? slots.get(slots.size() - 1) : slots.get(0);
    Session asked = last ? named.get(named.size() - 1) : named.get(0);
    String which = last ? "het laatste onderdeel" : "het eerste onderdeel";
    if (edge.sessions().contains(asked)) {
      return Optional.of(Written.text("Ja, " + a.withSpeakers(asked) + " (" + DutchText.span(asked) + ") is "
          + which + ".").turningTo(List.of(asked)));
    }
    return Optional.of(Written.text("Nee, " + which + " is " + DutchText.slot(a.programme(), edge) + ", "
        + DutchText.range(edge.start(), edge.end()) + "; " + a.withSpeakers(asked) + " " + DutchText.when(asked) + ".")
        .turningTo(edge.sessions()));
  }
}
