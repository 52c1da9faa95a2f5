package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Locale;
import nl.dagwijzer.programme.Programme;

/**
 * "in welke zaal is de briefing voor de groepsleiders?" of the "Briefing groepsleiders": a role the named session's
 * own title has says which session it is, not who must lead it (its coordinator is no group leader).
 */
final class RoleInTitle {
  private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private RoleInTitle() {
  }

  static Query read(Query query, Programme programme) {
    List<Condition.About> abouts = query.all(Condition.About.class);
    boolean role = false;
    for (Condition.About about : abouts) {
      role |= about.entity().type() == EntityType.ROLE;
    }
    if (!role) {
      return query; // every question passes here: no stream set up for the many that name no role
    }
    // a word of the title, not part of one: "jury" of the "Uitreiking juryprijs" asks who judges
    List<List<String>> titles = abouts.stream().filter(c -> c.entity().type() == EntityType.SESSION)
        .flatMap(c -> programme.session(c.entity().id()).stream())
        .map(s -> List.of(NON_LETTERS.split(s.title().toLowerCase(Locale.ROOT)))).toList();
    if (titles.isEmpty()) {
      return query;
    }
    List<Condition> kept = query.conditions().stream().filter(c -> !(c instanceof Condition.About about
        && about.entity().type() == EntityType.ROLE && about.entity().text().length() >= 4
        && !about.entity().text().contains(" ") // ("groep 3" of "Vertrek groep 3-4" names the group)
        && titles.stream().anyMatch(t -> t.contains(about.entity().text())))).toList();
    return kept.size() == query.conditions().size() ? query : query.withConditions(kept);
  }
}
