package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "wat kan ik doen tot de lunch?": "tot" before a session is what runs from now until it starts; not "van X tot Y",
 * not "hoe lang duurt het tot ..." (a wait) and not "duurt X tot de pauze?" (whether it lasts that long).
 */
final class UntilNamed {
  private static final Set<String> NOT = Set.of("van", "vanaf", "lang", "duurt", "duren", "loopt", "open");
  /** "de toegang tot de molens": access to a place, not until it. */
  private static final Set<String> ACCESS = Set.of("toegang", "ingang", "doorgang", "zicht");

  private UntilNamed() {
  }

  /** Whether {@code span} is such a target; adds the "from now" detail to {@code conditions} when it is. */
  static boolean fromNow(List<String> tokens, Span span, Entity entity, List<Condition> conditions) {
    int tot = tokens.subList(0, span.from()).lastIndexOf("tot");
    boolean until = WordsBefore.precededBy(tokens, span.from(), "tot") && tokens.stream().noneMatch(NOT::contains)
        && !(tot > 0 && ACCESS.contains(tokens.get(tot - 1)))
        && (entity.type() == EntityType.SESSION || entity.type() == EntityType.PART)
        && conditions.stream().noneMatch(c -> c instanceof Condition.At || c instanceof Condition.From);
    if (until) {
      conditions.add(new Detail("vanaf-nu"));
    }
    return until;
  }
}
