package nl.dagwijzer.nlu;

import java.util.List;

/** The word a group of attendees is named by ("team", "groep"): it names the group, nothing else beside it. */
final class GroupWord {
  private GroupWord() {
  }

  /**
   * "team rood" when the programme has a topic "Teamkleuren en rotatie": the group's own word names the group, not the
   * topic that shares it.
   */
  static Query only(Query query) {
    List<String> groupWords = query.all(Detail.class).stream().flatMap(d -> d.group().stream())
        .map(g -> g.split(" ")[0]).toList();
    if (groupWords.isEmpty()) {
      return query;
    }
    List<Condition> kept = query.conditions().stream().filter(c -> !(c instanceof Condition.About about
        && about.entity().type() == EntityType.TOPIC && groupWords.contains(about.entity().text()))).toList();
    return kept.size() == query.conditions().size() ? query : query.withConditions(kept);
  }
}
