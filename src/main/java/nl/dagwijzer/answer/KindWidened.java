package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;

/**
 * "welke concerten zijn er in de gasthuiskerk?" on a day where only "Lunchconcert" and "Slotconcert" say "concert"
 * but "Strijkkwartetten van Haydn en Ravel" is given the same way: when none of the sessions a plural word names
 * meets the question's conditions, the sessions of the same kind are what the word meant.
 */
final class KindWidened {
  private KindWidened() {
  }

  /**
   * The sessions of the kind of those a plural word names, with whatever else is named ("in de gasthuiskerk"), when
   * that word named two or more of one kind.
   */
  static Optional<List<Session>> of(Query query, List<Condition.About> names, ProgrammeIndex index) {
    List<Condition.About> titled = names.stream().filter(c -> c.entity().type() == EntityType.SESSION).toList();
    Set<String> words = titled.stream().map(c -> c.entity().text()).collect(Collectors.toSet());
    Set<String> ids = titled.stream().map(c -> c.entity().id()).collect(Collectors.toSet());
    List<Session> named = index.programme().sessions().stream().filter(s -> ids.contains(s.id())).toList();
    if (query.asked() != Asked.LIST || named.size() < 2 || words.size() != 1) {
      return Optional.empty();
    }
    String word = words.iterator().next();
    Set<SessionKind> kinds = named.stream().map(Session::kind).collect(Collectors.toSet());
    if (!(word.endsWith("en") || word.endsWith("s")) || kinds.size() != 1 || kinds.contains(SessionKind.BREAK)) {
      return Optional.empty();
    }
    SessionKind kind = kinds.iterator().next();
    List<Condition.About> others = names.stream().filter(c -> c.entity().type() != EntityType.SESSION).toList();
    List<Session> where = Subject.of(index, others, false, true, false).sessions();
    List<Session> ofKind = where.stream().filter(s -> s.kind() == kind).toList();
    return ofKind.stream().anyMatch(s -> !named.contains(s)) ? Optional.of(ofKind) : Optional.empty();
  }
}
