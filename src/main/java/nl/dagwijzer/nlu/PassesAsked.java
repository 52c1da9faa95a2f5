package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "komt de fietstocht langs de noordstar?", "gaat de middagtocht langs de zwaluw?": whether a route passes a place,
 * read as the {@link Detail} {@code langs:<place>}.
 */
public final class PassesAsked {
  private static final String PREFIX = "langs:";
  private static final Set<String> MOVING = Set.of("komt", "gaat", "loopt", "rijdt", "fietst", "vaart", "komen",
      "gaan", "lopen", "rijden", "fietsen", "varen");
  private static final Set<String> ARTICLES = Set.of("de", "het", "een", "ook");

  private PassesAsked() {
  }

  static Query read(Query query, List<String> tokens) {
    int along = tokens.indexOf("langs");
    if (tokens.isEmpty() || !MOVING.contains(tokens.get(0)) || along < 2 || along + 1 >= tokens.size()) {
      return query;
    }
    List<String> place = tokens.subList(along + 1, tokens.size()).stream().filter(t -> !ARTICLES.contains(t))
        .toList();
    if (place.isEmpty()) {
      return query;
    }
    List<Condition> conditions = new java.util.ArrayList<>(query.conditions());
    conditions.add(new Detail(PREFIX + String.join(" ", place)));
    return query.withAsked(Asked.YESNO).withConditions(conditions);
  }

  /** The place a route is asked to pass, if the question asks it. */
  public static Optional<String> place(Query query) {
    return query.detailAfter(PREFIX);
  }
}
