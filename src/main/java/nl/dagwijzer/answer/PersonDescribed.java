package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Speaker;

/**
 * "bij welke onderdelen is strafrechter joost verbrugge te zien?": a word that says who a named speaker is (his role
 * "strafrechter", read as the topic "Strafrecht") describes him, it does not narrow his sessions to those about it.
 */
final class PersonDescribed {
  private PersonDescribed() {
  }

  static Query meant(Query query, ProgrammeIndex index) {
    Set<String> named = query.all(Condition.About.class).stream().filter(c -> c.entity().type() == EntityType.SPEAKER)
        .map(c -> c.entity().id()).collect(Collectors.toSet());
    if (named.isEmpty()) {
      return query;
    }
    List<String> roles = index.programme().speakers().stream().filter(s -> named.contains(s.id()))
        .map(Speaker::role).filter(r -> r != null).map(r -> r.toLowerCase(Locale.ROOT)).toList();
    List<Condition> kept = query.conditions().stream().filter(c -> !(c instanceof Condition.About about
        && (about.entity().type() == EntityType.TOPIC || about.entity().type() == EntityType.ROLE)
        && about.entity().text().length() >= 4 && roles.stream().anyMatch(r -> r.contains(about.entity().text()))))
        .toList();
    return kept.size() == query.conditions().size() ? query : query.withConditions(kept);
  }
}
