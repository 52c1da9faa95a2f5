package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "de routebriefing voor de 100 km" on a day of "Routebriefing 100 km", "Routebriefing 60 km" and "Start 100 km": two
 * names said with "van", "voor", "bij" or "op" between them, each standing for several sessions, mean the sessions
 * both stand for. Not "before the 100 km": a name that narrows another is no relation.
 */
final class SharedNames {
  private static final Set<String> BETWEEN = Set.of("van", "voor", "bij", "op");
  private static final Set<String> ARTICLES = Set.of("de", "het");

  private SharedNames() {
  }

  static List<Span> join(List<Span> names, List<String> tokens) {
    if (names.size() < 3) {
      return names; // two names that each stand for several sessions: at least four spans
    }
    List<List<Span>> stretches = JoinedNames.stretches(names);
    List<Span> joined = new ArrayList<>(names);
    for (int i = 0; i + 1 < stretches.size(); i++) {
      List<Span> first = stretches.get(i);
      List<Span> second = stretches.get(i + 1);
      if (!linked(first.get(0).to(), second.get(0).from(), tokens) || !sessions(first) || !sessions(second)) {
        continue;
      }
      Set<String> one = ids(first);
      Set<String> both = ids(second);
      both.retainAll(one);
      if (both.isEmpty() || both.size() == one.size() && both.size() == second.size()) {
        continue;
      }
      joined.removeAll(first);
      joined.removeAll(second);
      NamedWithWord.replace(joined, first.get(0).from(), second.get(0).to(), both, tokens);
      i++;
    }
    return joined;
  }

  /** "van", "voor de", "bij het" and nothing else between the two names. */
  private static boolean linked(int end, int start, List<String> tokens) {
    int gap = start - end;
    return (gap == 1 || gap == 2 && ARTICLES.contains(tokens.get(end + 1))) && BETWEEN.contains(tokens.get(end));
  }

  private static boolean sessions(List<Span> stretch) {
    return stretch.stream().allMatch(s -> s.entity().type() == EntityType.SESSION);
  }

  private static Set<String> ids(List<Span> stretch) {
    Set<String> ids = new LinkedHashSet<>();
    stretch.forEach(s -> ids.add(s.entity().id()));
    return ids;
  }
}
