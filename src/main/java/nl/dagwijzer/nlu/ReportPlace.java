package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "waar moeten we ons melden?", "waar moet ik me melden als ik binnenkom?": where the day's registration is ("De inloop
 * en aanmelden", "Aanmeldbalie en infomarkt"), not where the day is held.
 */
final class ReportPlace {
  private static final Set<String> REPORTING = Set.of("melden", "meld", "aanmelden", "inchecken", "registreren");
  /** What the title of a registration says. */
  private static final List<String> DESK = List.of("aanmeld", "registratie", "inschrijving", "check-in", "incheck",
      "ontvangst", "inloop");

  private ReportPlace() {
  }

  static Query read(Query query, List<String> tokens, Programme programme) {
    if (!tokens.contains("waar") || tokens.stream().noneMatch(REPORTING::contains)
        || query.all(Condition.About.class).stream().anyMatch(c -> c.entity().type() != EntityType.EVENT)) {
      return query;
    }
    return programme.sessions().stream().filter(ReportPlace::desk).min(Comparator.comparing(Session::start))
        .map(desk -> {
          List<Condition> conditions = new ArrayList<>(query.conditions());
          conditions.removeIf(c -> c instanceof Detail d && d.word().equals(EventPlace.PLACE)
              || c instanceof Condition.About about && about.entity().type() == EntityType.EVENT);
          conditions.add(new Condition.About(new Entity(EntityType.SESSION, desk.id(), "melden")));
          return query.withAsked(Asked.ROOM).withConditions(conditions);
        }).orElse(query);
  }

  private static boolean desk(Session session) {
    String title = session.title().toLowerCase(Locale.ROOT);
    return session.room().isPresent() && DESK.stream().anyMatch(title::contains);
  }
}
