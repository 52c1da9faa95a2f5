package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "+ en welke daarvan is gratis?", "+ hoeveel daarvan zijn er 's middags?": which or how many of what the last reply
 * listed, whatever the classifier made of the rest; the question before is narrowed when it is answered
 * ({@link #DETAIL}).
 */
public final class OfThose {
  /** The detail that says so: "+ en welke daarvan is gratis?" is of what the question before selected. */
  public static final String DETAIL = "daarvan";

  private static final Set<String> THOSE = Set.of("daarvan", "hiervan");

  private OfThose() {
  }

  static Query read(Query query, List<String> tokens) {
    int at = java.util.stream.IntStream.range(1, tokens.size()).filter(k -> THOSE.contains(tokens.get(k)))
        .findFirst().orElse(-1);
    if (at < 0 || !query.hasDetail("pronoun")) {
      return query;
    }
    String which = tokens.get(at - 1);
    List<Condition> kept = new java.util.ArrayList<>(query.conditions().stream()
        .filter(c -> !(c instanceof Condition.NotInProgramme)).toList());
    kept.add(new Detail(DETAIL));
    if (which.equals("welke") || which.equals("welk")) {
      return new Query(Asked.LIST, kept, query.order(), Optional.empty(), true);
    }
    if (which.equals("hoeveel")) {
      return new Query(Asked.COUNT, kept, query.order(), Optional.of(Query.Counted.SESSIONS), true);
    }
    return query;
  }
}
