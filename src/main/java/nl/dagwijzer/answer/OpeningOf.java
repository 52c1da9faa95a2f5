package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "wie opent de lichtjesroute?", "hoe laat opent de burgemeester de markt?": the opening session that starts the one
 * named ("Feestelijke opening door de burgemeester" right before the route), not that session's own start or people,
 * when it has no people of its own or the role asked is not among them.
 */
final class OpeningOf {
  private OpeningOf() {
  }

  static Query normalise(Query query, Programme programme) {
    Optional<Condition.About> opens = query.all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.PART && c.entity().id().equals("begin")
            && c.entity().text().startsWith("open"))
        .findFirst();
    List<Condition.About> named = query.all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.SESSION).toList();
    if (opens.isEmpty() || named.size() != 1) {
      return query;
    }
    Optional<Session> session = programme.session(named.get(0).entity().id());
    boolean role = query.all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.ROLE);
    if (session.isEmpty() || !session.get().speakerIds().isEmpty() && !role) {
      return query;
    }
    Session opened = session.get();
    Optional<Session> opening = programme.sessions().stream().filter(s -> !s.equals(opened)
        && s.title().toLowerCase(Locale.ROOT).contains("opening")
        && programme.minutes(s.start()) <= programme.minutes(opened.start())
        && programme.minutes(opened.start()) <= programme.minutes(s.end())).findFirst();
    if (opening.isEmpty()) {
      return query;
    }
    Entity entity = new Entity(EntityType.SESSION, opening.get().id(), named.get(0).entity().text());
    return query.withConditions(query.conditions().stream().filter(c -> c != opens.get())
        .map(c -> c == named.get(0) ? new Condition.About(entity) : c).toList());
  }
}
