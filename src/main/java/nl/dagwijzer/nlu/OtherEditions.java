package nl.dagwijzer.nlu;

import java.util.List;

/** Questions about another edition of the day, which no programme of one day has. */
final class OtherEditions {
  /** Words for another edition of the day itself. */
  private static final java.util.Set<String> EDITIONS = java.util.Set.of("aflevering", "editie", "reeks", "jaar",
      "keer");

  private OtherEditions() {
  }

  /**
   * "wanneer is de volgende wijkavond?", "is er volgend jaar weer zo'n dag?": another edition of the day, which no
   * programme of one day has; "de volgende infosessie" is the next time of a session and stays as it is, as does
   * "de volgende keer X" ("wanneer is de volgende keer?" alone is another edition), and so does "het volgende
   * webinar" when the day's sessions are a series of webinars. "het vorige burgerberaad" is an earlier edition.
   */
  static void read(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      boolean earlier = tokens.get(k).equals("vorige") || tokens.get(k).equals("vorig");
      if (!tokens.get(k).equals("volgende") && !tokens.get(k).equals("volgend") && !earlier) {
        continue;
      }
      int next = k + 1;
      int at = k;
      // "de plannen voor volgend jaar" is what a session's title calls them, not another edition of the day
      if (spans.stream().anyMatch(s -> s.from() <= at && s.to() > next && (s.entity().type() == EntityType.SESSION
          || s.entity().type() == EntityType.TOPIC))) {
        continue;
      }
      // "het volgende webinar" on a webinar afternoon whose sessions are "Webinar 1", "Webinar 2", ...: the next of them
      boolean series = spans.stream().anyMatch(s -> s.from() == next && SeriesNames.isSeries(s.entity()));
      boolean day = !series && spans.stream().anyMatch(s -> s.from() == next && s.entity().type() == EntityType.EVENT)
          || EDITIONS.contains(tokens.get(next)) && (!tokens.get(next).equals("keer") || next == tokens.size() - 1)
          || tokens.get(next).equals("jaar") || tokens.subList(next, tokens.size()).contains("reeks");
      if (day) {
        conditions.add(new Detail(earlier ? "vorige-dag" : "andere-dag")); // "wat kwam er uit het vorige beraad?"
        return;
      }
      // "hoe laat vertrekt de volgende wandeling?": only the first still to come ("de volgende wandelingen": all)
      boolean one = spans.stream().anyMatch(s -> s.from() == next && (s.entity().type() == EntityType.SESSION
          || SeriesNames.isSeries(s.entity())) && !PluralForm.pluralNoun(tokens.get(s.to() - 1)));
      if (!earlier && one) {
        conditions.add(new Detail("eerstvolgende"));
      }
    }
  }
}
