package nl.dagwijzer.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/**
 * "welke dirigenten zijn er vandaag?" on a choir festival with eleven choirs: the eleven people in one sentence, not
 * a line per choir of which only the first eight fit.
 */
final class RoleList {
  private RoleList() {
  }

  static Optional<Written> compact(Answering a, List<Session> sessions, Function<Session, List<Speaker>> holders) {
    Optional<Entity> role = a.query().all(Condition.About.class).stream().map(Condition.About::entity)
        .filter(e -> e.type() == EntityType.ROLE).findFirst();
    if (role.isEmpty() || sessions.size() <= DutchText.LIST_LIMIT) {
      return Optional.empty();
    }
    Set<Speaker> people = new LinkedHashSet<>();
    sessions.forEach(s -> people.addAll(holders.apply(s)));
    if (people.size() <= DutchText.LIST_LIMIT) {
      return Optional.empty();
    }
    List<String> named = people.stream().map(p -> p.organisation().isBlank() ? p.name()
        : p.name() + " (" + p.organisation() + ")").toList();
    return Optional.of(Written.text(DutchText.capitalise(role.get().text()) + " (" + people.size() + "): "
        + DutchText.join(named) + ".").turningTo(sessions));
  }
}
