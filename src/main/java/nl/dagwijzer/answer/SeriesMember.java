package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;

/**
 * "wanneer is de briefing voor de familietocht?": of the series named ("Briefing Oversteek Schiermonnikoog",
 * "Briefing Familie-wadtocht", ...), the member whose title holds the title of the session named beside it, in place
 * of both; not the walk itself. And "voor" a member of the series is whom it is for ({@link #forMember}).
 */
final class SeriesMember {
  private SeriesMember() {
  }

  static Query normalise(Query query, ProgrammeIndex index) {
    List<Condition.About> series = query.all(Condition.About.class).stream()
        .filter(c -> SeriesNames.isSeries(c.entity())).toList();
    List<Condition.About> named = query.all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.SESSION).toList();
    // ("welke pitch is er voor die van het Repair Café?" asks which one comes before)
    boolean ofOne = query.asked() != nl.dagwijzer.nlu.Asked.LIST && query.asked() != nl.dagwijzer.nlu.Asked.COUNT;
    if (series.size() == 1 && named.isEmpty() && ofOne) {
      return forMember(query, index, series.get(0));
    }
    if (series.size() != 1 || named.isEmpty()) {
      return query;
    }
    List<String> ids = named.stream().map(c -> c.entity().id()).toList();
    List<String> titles = index.programme().sessions().stream().filter(s -> ids.contains(s.id()))
        .map(s -> s.title().toLowerCase(Locale.ROOT)).distinct().toList();
    if (titles.size() != 1) {
      return query;
    }
    List<Session> members = index.series(series.get(0).entity().id()).stream()
        .filter(s -> !ids.contains(s.id()) && s.title().toLowerCase(Locale.ROOT).contains(titles.get(0))).toList();
    if (members.isEmpty() || members.stream().map(Session::title).distinct().count() != 1) {
      return query;
    }
    String typed = series.get(0).entity().text();
    List<Condition> kept = new java.util.ArrayList<>(query.conditions().stream()
        .filter(c -> c != series.get(0) && !named.contains(c)).toList());
    members.forEach(s -> kept.add(new Condition.About(new Entity(EntityType.SESSION, s.id(), typed))));
    return query.withConditions(kept);
  }

  /**
   * "wie geeft de stemrepetitie voor de tenoren?": "voor" a member of the series named is whom it is for, not before
   * it; that member in place of the series and the relation.
   */
  private static Query forMember(Query query, ProgrammeIndex index, Condition.About series) {
    List<Session> members = index.series(series.entity().id());
    List<Condition.Relative> before = query.all(Condition.Relative.class).stream()
        .filter(r -> r.relation() == Condition.Relation.BEFORE && !r.target().isEmpty() && r.until().isEmpty()
            && r.target().stream().allMatch(e -> e.type() == EntityType.SESSION
            && members.stream().anyMatch(s -> s.id().equals(e.id()))))
        .toList();
    if (before.size() != 1) {
      return query;
    }
    List<Condition> kept = new java.util.ArrayList<>(query.conditions().stream()
        .filter(c -> c != series && c != before.get(0)).toList());
    before.get(0).target().forEach(e -> kept.add(new Condition.About(e)));
    return query.withConditions(kept);
  }
}
