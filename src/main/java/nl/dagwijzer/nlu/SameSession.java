package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "is de eerste halte het schoolplein?", "is de picknick op het sportpark?": a yes/no question that names two sessions
 * and asks whether they are one ({@link Detail#SAME}), or whether the first is where the second is
 * ({@link Detail#SAME_PLACE}).
 */
final class SameSession {
  /** What may stand between the two names: articles, and the words that make it a question of place. */
  private static final Set<String> BETWEEN = Set.of("de", "het", "een", "ook", "wel", "nou", "nu");
  private static final Set<String> PLACE = Set.of("op", "in", "bij");

  private SameSession() {
  }

  static void read(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    if (tokens.size() < 4 || !tokens.get(0).equals("is")) {
      return;
    }
    // "het park" may name two sessions at once: one span each, at the same place in the question
    List<Span> sessions = spans.stream().filter(s -> s.entity().type() == EntityType.SESSION)
        .filter(s -> spans.stream().noneMatch(o -> o != s && o.from() == s.from() && o.to() == s.to()
            && spans.indexOf(o) < spans.indexOf(s))).toList();
    // a room of the same words ("Schoolplein OBS De Klimop" beside "Halte 4 Schoolplein") is that session's place
    boolean onlySessions = spans.stream().allMatch(s -> s.entity().type() == EntityType.SESSION
        || s.entity().type() == EntityType.ROOM && sessions.stream().anyMatch(o -> o.from() == s.from()
        && o.to() == s.to()));
    if (sessions.size() != 2 || sessions.get(0).entity().id().equals(sessions.get(1).entity().id())
        || sessions.get(0).to() > sessions.get(1).from() || !onlySessions) {
      return;
    }
    List<String> between = tokens.subList(sessions.get(0).to(), sessions.get(1).from());
    boolean place = between.stream().anyMatch(PLACE::contains);
    if (between.stream().allMatch(t -> BETWEEN.contains(t) || PLACE.contains(t))
        && between.stream().filter(PLACE::contains).count() <= 1) {
      conditions.add(new Detail(place ? Detail.SAME_PLACE : Detail.SAME));
    }
  }
}
