package nl.dagwijzer.nlu;

import java.util.List;

/** The word a group of attendees is named by ("team", "groep"): it names the group, nothing else beside it. */
final class GroupWord {
  private static final java.util.Set<String> GROUPS = java.util.Set.of("team", "groep", "subgroep");
  private static final java.util.Set<String> AROUND = java.util.Set.of("en", "voor", "van", "de", "het", "dan");

  private GroupWord() {
  }

  /** "en team groen?", "en voor groep 5?": only a group, so the last question is asked again for it. */
  static boolean alone(List<String> tokens) {
    List<String> rest = tokens.stream().filter(t -> !AROUND.contains(t)).toList();
    return rest.size() == 2 && GROUPS.contains(rest.get(0)) && tokens.get(0).equals("en")
        && (SeriesNames.isMember(rest.get(1)) || Detail.COLOURS.contains(rest.get(1)));
  }

  /**
   * "team rood" when the programme has a topic "Teamkleuren en rotatie": the group's own word names the group, not the
   * topic that shares it.
   */
  static Query only(Query query, SeriesNames seriesNames) {
    List<String> groupWords = query.all(Detail.class).stream().flatMap(d -> d.group().stream())
        .map(g -> g.split(" ")[0]).toList();
    if (groupWords.isEmpty()) {
      return query;
    }
    // "wanneer is de terugreis van groep 5-6?": beside a series, the sessions titled by the group ("Groep 5-6: ...")
    // that are none of the series' are the group that filters it, not sessions asked about ("de keuring van groep 1"
    // keeps "Keuring groep 1", which is)
    java.util.Set<String> inSeries = new java.util.HashSet<>();
    query.all(Condition.About.class).stream().filter(c -> SeriesNames.isSeries(c.entity()))
        .forEach(c -> seriesNames.sessions(c.entity().id()).forEach(s -> inSeries.add(s.id())));
    // "wat komt er voor groep 3-4 na de kinderboerderij?": beside a relation, the group's sessions are its filter too
    boolean related = !query.all(Condition.Relative.class).isEmpty();
    List<Condition> kept = query.conditions().stream().filter(c -> !(c instanceof Condition.About about
        && (about.entity().type() == EntityType.TOPIC && groupWords.contains(about.entity().text())
        || (related || !inSeries.isEmpty()) && about.entity().type() == EntityType.SESSION
        && groupWords.contains(about.entity().text().split(" ")[0]) && !inSeries.contains(about.entity().id()))))
        .toList();
    return kept.size() == query.conditions().size() ? query : query.withConditions(kept);
  }
}
