package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;

/**
 * "wat komt later, de vragenronde of de tweede valkenshow?": of two things compared, an ordinal picks among the
 * sessions of the name it stands before (the second show), not among both things together.
 */
final class RankedPair {
  private RankedPair() {
  }

  /** The sessions compared, each name given more than once narrowed to its place; empty when it does not apply. */
  static Optional<List<Session>> compared(Query query, List<Condition.About> names, ProgrammeIndex index) {
    List<Integer> ranks = query.all(Detail.class).stream().map(Detail::rank).filter(r -> r > 0).toList();
    if (ranks.isEmpty() || !query.hasDetail("vergelijk")) {
      return Optional.empty();
    }
    Map<String, List<Session>> byName = new LinkedHashMap<>();
    for (Condition.About about : names) {
      List<Session> named = about.entity().type() == EntityType.SESSION
          ? index.programme().session(about.entity().id()).stream().toList()
          : SeriesNames.isSeries(about.entity()) ? index.series(about.entity().id()) : List.of();
      if (named.isEmpty()) {
        return Optional.empty();
      }
      byName.computeIfAbsent(about.entity().text(), k -> new ArrayList<>()).addAll(named);
    }
    List<List<Session>> repeated = byName.values().stream().filter(s -> s.size() > 1).toList();
    if (byName.size() != 2 || repeated.size() != ranks.size()) {
      return Optional.empty();
    }
    List<Session> compared = new ArrayList<>();
    int next = 0;
    for (List<Session> sessions : byName.values()) {
      if (sessions.size() == 1) {
        compared.addAll(sessions);
        continue;
      }
      List<Session> inOrder = sessions.stream().distinct().sorted(Comparator.comparing(Session::start)).toList();
      int rank = ranks.get(next++);
      if (rank > inOrder.size()) {
        return Optional.empty();
      }
      compared.add(inOrder.get(rank - 1));
    }
    return Optional.of(compared);
  }
}
