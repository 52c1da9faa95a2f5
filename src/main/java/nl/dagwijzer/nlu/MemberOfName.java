package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dagwijzer.programme.Session;

/**
 * "wanneer is de finale van de ouderrace?": a series word and a session's name, where one member of the series has
 * that name in its own title ("Finale ouderrace"), is that member, not the session the name alone would be
 * ("Voorrondes ouderrace"). Also where the two are the target of a relation ("wat is er na de finale van de ...").
 */
final class MemberOfName {
  private MemberOfName() {
  }

  static Query read(Query query, SeriesNames seriesNames) {
    List<Condition> conditions = new ArrayList<>(query.conditions());
    boolean changed = false;
    for (int i = 0; i < conditions.size(); i++) {
      if (conditions.get(i) instanceof Condition.Relative relative) {
        List<Entity> target = member(relative.target(), seriesNames);
        if (!target.equals(relative.target())) {
          conditions.set(i, new Condition.Relative(relative.relation(), target, relative.until()));
          changed = true;
        }
      }
    }
    // (beside a relation the names may be its two ends: "tussen de busrit naar het buurthuis en de busrit terug")
    List<Entity> about = query.has(Condition.Relative.class) ? List.of()
        : query.all(Condition.About.class).stream().map(Condition.About::entity).toList();
    List<Entity> chosen = member(about, seriesNames);
    if (!chosen.equals(about)) {
      conditions.removeIf(c -> c instanceof Condition.About a && !chosen.contains(a.entity()));
      chosen.stream().filter(e -> !about.contains(e)).forEach(e -> conditions.add(new Condition.About(e)));
      changed = true;
    }
    return changed ? query.withConditions(conditions) : query;
  }

  /** {@code entities} with a series and a session's name replaced by the one member that has the name. */
  private static List<Entity> member(List<Entity> entities, SeriesNames seriesNames) {
    List<Entity> series = entities.stream().filter(SeriesNames::isSeries).toList();
    List<Entity> sessions = entities.stream().filter(e -> e.type() == EntityType.SESSION).toList();
    if (series.size() != 1 || sessions.isEmpty() || sessions.stream().map(Entity::text).distinct().count() != 1) {
      return entities;
    }
    List<Session> members = seriesNames.sessions(series.get(0).id());
    String name = sessions.get(0).text().toLowerCase(Locale.ROOT);
    if (members.stream().anyMatch(s -> sessions.stream().anyMatch(e -> e.id().equals(s.id())))) {
      return entities; // the name is of a member already: "de finale klasse 14+"
    }
    List<Session> having = members.stream().filter(s -> List.of(s.title().toLowerCase(Locale.ROOT)
        .split("[^\\p{L}\\p{N}]+")).contains(name)).toList();
    if (having.stream().map(Session::title).distinct().count() != 1) {
      return entities;
    }
    List<Entity> result = new ArrayList<>(entities);
    result.removeAll(series);
    result.removeAll(sessions);
    having.forEach(s -> result.add(new Entity(EntityType.SESSION, s.id(), series.get(0).text() + " " + name)));
    return result;
  }
}
