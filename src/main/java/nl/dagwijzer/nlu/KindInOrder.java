package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Query.Order;

/**
 * "wat is de langste pauze?", "welke lezing is het eerst?" when one session is also called by the word: an order over
 * every one of that kind, not over the one whose title has the word. A yes or no about one ("is de borrel het laatste
 * onderdeel?") keeps the session it names.
 */
final class KindInOrder {
  private KindInOrder() {
  }

  static void widen(Optional<Order> order, List<String> tokens, List<Condition> conditions) {
    boolean ranks = order.filter(o -> o == Order.LONGEST || o == Order.SHORTEST
        || !YesNoForm.isYesNo(tokens) && (o == Order.FIRST || o == Order.LAST)).isPresent();
    // ("welke workshop begint het eerst?": "begint" says which end of it, not a second thing named)
    if (!ranks || conditions.stream().filter(c -> c instanceof Condition.About about && !edge(about)).count() != 1) {
      return;
    }
    conditions.replaceAll(c -> c instanceof Condition.About about && about.entity().type() == EntityType.SESSION
        && !about.entity().text().contains(" ") && DayPart.ofWord(about.entity().text()).isPresent()
        ? new Condition.About(new Entity(EntityType.PART, DayPart.ofWord(about.entity().text()).get().id(),
        about.entity().text())) : c);
  }

  private static boolean edge(Condition.About about) {
    return about.entity().type() == EntityType.PART && (about.entity().id().equals(DayPart.BEGIN.id())
        || about.entity().id().equals(DayPart.EINDE.id()));
  }
}
