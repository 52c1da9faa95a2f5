package nl.dagwijzer.nlu;

import java.util.List;
import java.util.function.Predicate;

/**
 * A question read as out of scope lost what it names ("kan ik met een rolstoel in de torens komen?", "kan ik contant
 * betalen in het cacaocafé?"): the sessions and rooms its words name, as conditions about them.
 */
final class LostNames {
  private LostNames() {
  }

  /** {@code conditions} with the sessions and rooms of {@code spans} added, but those {@code leftOut} names. */
  static List<Condition> restored(List<Condition> conditions, List<Span> spans, Predicate<Entity> leftOut) {
    List<Condition> all = new java.util.ArrayList<>(conditions);
    spans.stream().map(Span::entity).filter(e -> (e.type() == EntityType.SESSION || e.type() == EntityType.ROOM)
        && !leftOut.test(e)).distinct().forEach(e -> all.add(new Condition.About(e)));
    return all;
  }
}
