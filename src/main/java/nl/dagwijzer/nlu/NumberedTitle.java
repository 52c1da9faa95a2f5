package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "wie slammen er in voorronde 2?" on a day of "Poetryslam: voorronde 1" to "... voorronde 3": words read as no name of
 * the programme that are a word and a number of one title name that session.
 */
final class NumberedTitle {
  private static final TextNormaliser NORMALISER = new TextNormaliser();

  private NumberedTitle() {
  }

  static Query read(Query query, Programme programme) {
    List<Condition> conditions = new ArrayList<>();
    boolean found = false;
    for (Condition c : query.conditions()) {
      List<Session> titled = c instanceof Condition.NotInProgramme n && !n.person()
          && n.words().matches("\\p{L}{4,} \\d{1,2}") ? programme.sessions().stream().filter(s -> (" "
          + String.join(" ", NORMALISER.tokens(s.title())) + " ").contains(" " + n.words() + " ")).toList()
          : List.of();
      if (!titled.isEmpty() && titled.stream().map(Session::title).distinct().count() == 1) {
        String words = ((Condition.NotInProgramme) c).words();
        titled.forEach(s -> conditions.add(new Condition.About(new Entity(EntityType.SESSION, s.id(), words))));
        found = true;
      } else {
        conditions.add(c);
      }
    }
    return found ? query.withConditions(conditions) : query;
  }
}
