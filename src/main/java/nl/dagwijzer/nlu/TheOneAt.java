package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "hoe laat begint de rondleiding na die van 11:00?", "wanneer is de volgende rondleiding na die van 11 uur?": after
 * (or before) the one of the sessions named that starts at that time, not the one at that time.
 */
final class TheOneAt {
  private static final Set<String> ONE = Set.of("die", "de", "het");

  private TheOneAt() {
  }

  static Query read(Query query, List<String> tokens, Programme programme) {
    int k = java.util.stream.IntStream.range(0, tokens.size() - 2).filter(i -> (tokens.get(i).equals("na")
        || tokens.get(i).equals("voor")) && ONE.contains(tokens.get(i + 1)) && tokens.get(i + 2).equals("van"))
        .findFirst().orElse(-1);
    List<Condition.At> at = query.all(Condition.At.class);
    if (k < 0 || at.size() != 1) {
      return query;
    }
    java.time.LocalTime time = at.get(0).time();
    Optional<Entity> one = query.all(Condition.About.class).stream().map(Condition.About::entity)
        .filter(e -> e.type() == EntityType.SESSION && programme.session(e.id()).map(Session::start)
            .filter(time::equals).isPresent()).findFirst();
    if (one.isEmpty()) {
      // "de volgende demo in de machinewerkplaats na die van 10:30": of a series, the time stays to say which one
      Optional<Entity> series = query.all(Condition.About.class).stream().map(Condition.About::entity)
          .filter(SeriesNames::isSeries).findFirst();
      if (series.isEmpty() || query.has(Condition.Relative.class)) {
        return query;
      }
      List<Condition> conditions = new ArrayList<>(query.conditions());
      conditions.add(new Condition.Relative(tokens.get(k).equals("na") ? Condition.Relation.AFTER
          : Condition.Relation.BEFORE, List.of(series.get())));
      return query.withConditions(conditions);
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    conditions.remove(at.get(0));
    conditions.add(new Condition.Relative(tokens.get(k).equals("na") ? Condition.Relation.AFTER
        : Condition.Relation.BEFORE, List.of(one.get())));
    return query.withConditions(conditions);
  }
}
