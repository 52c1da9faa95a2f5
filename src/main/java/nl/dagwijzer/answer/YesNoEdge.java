package nl.dagwijzer.answer;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "is de Mentimeter aan het begin van de bijeenkomst?", "is de trekking aan het einde?": whether a named session
 * falls in the first or the last quarter of the day.
 */
final class YesNoEdge {
  /** The share of the day that still counts as its beginning or its end. */
  private static final int QUARTER = 4;

  private final Answering a;

  YesNoEdge(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    List<Condition.About> names = a.query().all(Condition.About.class);
    boolean start = names.stream().anyMatch(c -> isPart(c, "begin"));
    boolean end = names.stream().anyMatch(c -> isPart(c, "einde"));
    List<Session> named = a.selection().sessions();
    if (start == end || named.isEmpty() || !a.selection().named() || a.query().has(Condition.At.class)
        || names.stream().noneMatch(c -> c.entity().type() == EntityType.SESSION)
        || a.programme().firstStart().isEmpty()) {
      return Optional.empty();
    }
    LocalTime first = a.programme().firstStart().orElseThrow();
    LocalTime last = a.programme().lastEnd().orElseThrow();
    long margin = Duration.between(first, last).toMinutes() / QUARTER;
    Session session = start ? named.get(0) : named.get(named.size() - 1);
    boolean yes = start ? Duration.between(first, session.start()).toMinutes() <= margin
        : Duration.between(session.end(), last).toMinutes() <= margin;
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + a.withSpeakers(session) + " "
        + DutchText.when(session) + "; het programma loopt van "
        + DutchText.time(first) + " tot " + DutchText.time(last) + ".").turningTo(List.of(session)));
  }

  /** "aan het begin", "aan het eind": the nouns, not "begint" or "al afgelopen", which ask about now. */
  private static final java.util.Set<String> EDGES = java.util.Set.of("begin", "start", "aanvang", "eind", "einde");

  private static boolean isPart(Condition.About about, String id) {
    return about.entity().type() == EntityType.PART && about.entity().id().equals(id)
        && EDGES.contains(about.entity().text());
  }
}
