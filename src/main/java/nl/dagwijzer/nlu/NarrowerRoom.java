package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "wat start er allemaal op de IJsselkade?" where "start" names the room "Start IJsselkade" and "ijsselkade" every room
 * on that quay: the rooms one word names among those of another are the ones meant.
 */
final class NarrowerRoom {
  private NarrowerRoom() {
  }

  static Query read(Query query) {
    int rooms = 0;
    for (Condition condition : query.conditions()) {
      if (condition instanceof Condition.About about && about.entity().type() == EntityType.ROOM) {
        rooms++;
      }
    }
    if (rooms < 2) {
      return query; // every question passes here; most name no room, or one
    }
    Map<String, Set<String>> byText = query.all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.ROOM).collect(Collectors.groupingBy(c -> c.entity().text(),
            Collectors.mapping(c -> c.entity().id(), Collectors.toSet())));
    if (byText.size() != 2) {
      return query;
    }
    List<Set<String>> sets = List.copyOf(byText.values());
    Set<String> narrow = sets.get(0).size() < sets.get(1).size() ? sets.get(0) : sets.get(1);
    Set<String> wide = narrow == sets.get(0) ? sets.get(1) : sets.get(0);
    if (narrow.size() == wide.size() || !wide.containsAll(narrow)) {
      return query;
    }
    return query.withConditions(query.conditions().stream().filter(c -> !(c instanceof Condition.About about
        && about.entity().type() == EntityType.ROOM && !narrow.contains(about.entity().id()))).toList());
  }
}
