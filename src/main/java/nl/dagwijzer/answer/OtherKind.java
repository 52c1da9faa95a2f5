package nl.dagwijzer.answer;

import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;

/**
 * "is er een lezing over drones?" when only the terrace's rules name drones ("Drones zijn op het hele terrein
 * verboden"): no lecture is about them, so no, with the line that does name them. Only when the kind asked for
 * selects no session with the thing.
 */
final class OtherKind {
  private OtherKind() {
  }

  /** The reply for a line {@code found} of a session not of the kind asked, if a kind was asked. */
  static Optional<String> said(Answering a, String found) {
    Optional<Condition.About> kind = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.PART && !nl.dagwijzer.nlu.SeriesNames.isSeries(c.entity()))
        .findFirst();
    Optional<Condition.About> thing = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.MENTION).findFirst();
    if (kind.isEmpty() || thing.isEmpty() || !a.sessions().isEmpty()) {
      return Optional.empty();
    }
    String said = kind.get().entity().text();
    boolean plural = a.query().plural() || said.endsWith("en") || said.endsWith("s"); // "zijn er lezingen ...?"
    return Optional.of("Nee, " + (plural ? "" : "een ") + said + " over "
        + thing.get().entity().text() + (plural ? " staan" : " staat") + " niet in het programma. Wel: "
        + DutchText.lowerFirst(found));
  }
}
