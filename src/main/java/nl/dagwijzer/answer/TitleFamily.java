package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "welke onderdelen horen bij de halve marathon?" on a day of "Warming-up halve marathon", "Halve marathon" and
 * "Prijsuitreiking halve marathon": the list asked of one session is every session whose title has its whole title.
 */
final class TitleFamily {
  private TitleFamily() {
  }

  static Optional<List<Session>> widened(Query query, List<Condition.About> names, List<Session> sessions,
                                         ProgrammeIndex index) {
    if (query.asked() != Asked.LIST || names.isEmpty() || sessions.size() != 1 || query.conditions().stream()
        .anyMatch(c -> !(c instanceof Condition.About) && !(c instanceof nl.dagwijzer.nlu.Detail d
        && d.text().isPresent()))
        || names.stream().anyMatch(c -> c.entity().type() != EntityType.SESSION)) {
      return Optional.empty();
    }
    String name = sessions.get(0).title().toLowerCase(Locale.ROOT);
    if (!name.contains(" ") && name.length() < 6) {
      return Optional.empty();
    }
    Pattern words = Pattern.compile("(?iu)(^|[^\\p{L}\\d])" + Pattern.quote(name) + "($|[^\\p{L}\\d])");
    List<Session> family = index.programme().sessions().stream()
        .filter(s -> sessions.contains(s) || words.matcher(s.title()).find()).toList();
    return family.size() > sessions.size() ? Optional.of(family) : Optional.empty();
  }
}
