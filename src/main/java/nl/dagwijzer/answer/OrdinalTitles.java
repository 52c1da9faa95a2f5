package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.LabelledItem;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "wanneer is de eerste manche van de veteranen?" on a day of "Eerste manche jeugd 65cc" to "Tweede manche
 * veteranen": the item asked is the session whose title starts with that ordinal and word, narrowed by the other
 * words the question names of it ("veteranen", "mx1"), when that leaves one title; otherwise the question stays as
 * read.
 */
final class OrdinalTitles {
  private OrdinalTitles() {
  }

  static Query meant(Query query, ProgrammeIndex index, LabelledItem.Asked asked) {
    List<Session> numbered = new ArrayList<>();
    for (Session session : index.programme().sessions()) {
      List<String> tokens = index.descriptions().tokens(session.title());
      for (int k = 0; k + 1 < tokens.size(); k++) {
        Optional<Integer> ordinal = LabelledItem.ordinal(tokens.get(k));
        if (tokens.get(k + 1).equals(asked.word()) && ordinal.filter(n -> n == asked.number()).isPresent()) {
          numbered.add(session);
        }
      }
    }
    return narrowed(query, index, numbered, false);
  }

  /**
   * Of several sessions the item may be, the one whose title has another word the question names ("doubletten" of
   * "Pouleronde 2 doubletten") or that the question named itself, as the query about it alone; else, with
   * {@code all}, about every one of them ("de tweede pouleronde": both pools' second round), or the query.
   */
  static Query narrowed(Query query, ProgrammeIndex index, List<Session> numbered, boolean all) {
    Set<String> named = query.conditions().stream().filter(c -> c instanceof Condition.About a
        && a.entity().type() == EntityType.SESSION).map(c -> ((Condition.About) c).entity().id())
        .collect(Collectors.toSet());
    List<String> words = query.conditions().stream().filter(c -> c instanceof Detail).map(c -> (Detail) c)
        .flatMap(d -> d.text().stream()).toList();
    List<Session> meant = numbered.stream().filter(s -> named.contains(s.id())
        || words.stream().anyMatch(index.descriptions().tokens(s.title())::contains)).toList();
    boolean one = !meant.isEmpty() && meant.stream().map(Session::title).distinct().count() == 1;
    if (!one && (!all || numbered.isEmpty())) {
      return query;
    }
    List<Session> chosen = one ? meant.subList(0, 1) : numbered;
    List<String> title = index.descriptions().tokens(chosen.get(0).title());
    // (the rank was of the item, which the title's number or ordinal has given)
    List<Condition> conditions = new ArrayList<>(query.conditions().stream().filter(c -> !(c instanceof Detail d
        && (d.rank() > 0 || one && d.text().filter(title::contains).isPresent())) && !(c instanceof Condition.About a
        && a.entity().type() == EntityType.SESSION)).toList());
    chosen.forEach(s -> conditions.add(new Condition.About(new Entity(EntityType.SESSION, s.id(), s.title()))));
    return query.withConditions(conditions);
  }
}
