package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "wat komt er na het planten bij de molenbeek?": of the sessions a relation names by a shared word ("planten"), the
 * one a place after it names ("Boomplanten Molenbeek"), not all of them.
 */
final class PlacedTarget {
  /** Words that join a place to a name. */
  private static final Set<String> PLACE_WORDS = Set.of("bij", "in", "op", "aan");
  private static final int MOST_BETWEEN = 3;

  private PlacedTarget() {
  }

  /**
   * Narrows {@code target} to the session the span at {@code i} names, when it is one of them and a place word joins
   * it to the target's name (which ends at token {@code end}); returns the index of the first span not used.
   */
  static int narrow(List<String> tokens, List<Span> ordered, int i, int end, List<Entity> target) {
    if (i >= ordered.size() || target.size() < 2) {
      return i;
    }
    Entity which = ordered.get(i).entity();
    int from = ordered.get(i).from();
    List<String> between = tokens.subList(Math.min(end, from), from);
    boolean placed = !between.isEmpty() && between.size() <= MOST_BETWEEN && PLACE_WORDS.contains(between.get(0));
    if (!placed || which.type() != EntityType.SESSION
        || target.stream().noneMatch(e -> e.type() == which.type() && e.id().equals(which.id()))) {
      return i;
    }
    target.removeIf(e -> !e.id().equals(which.id()));
    int next = i;
    while (next < ordered.size() && ordered.get(next).from() == from) {
      next++; // ("bij de voedselbank" names its room too: the session says it)
    }
    return next;
  }
}
