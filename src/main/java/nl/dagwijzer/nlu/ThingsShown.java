package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "welke knopen leren de kinderen?", "welke vogels laat de valkenier zien?", "welke soorten honing zijn er te
 * proeven?": the things a named session shows, teaches or serves, which its texts list, not which sessions there are.
 * Read as what the session is about.
 */
final class ThingsShown {
  /** Verbs of what one learns, sees, tastes or gets at a session, as opposed to which sessions there are. */
  private static final Set<String> SHOWING = Set.of("leren", "leer", "leert", "proeven", "proef", "zien", "laat",
      "laten", "zingt", "zingen", "speelt", "spelen", "maken", "maak", "maakt", "verkopen", "verkoopt", "tonen",
      "toont", "behandelt", "bespreekt", "serveren", "schenken", "schenkt");
  /** Words for sessions themselves: "welke workshops leren je ...?" still asks which workshops. */
  private static final Set<String> SESSION_WORDS = Set.of("workshops", "workshop", "sessies", "sessie", "onderdelen",
      "onderdeel", "activiteiten", "activiteit", "lezingen", "lezing", "demonstraties", "demonstratie", "rondes",
      "ronde", "programma", "optredens", "optreden");

  private ThingsShown() {
  }

  static Query read(Query query, List<String> tokens) {
    if (query.asked() != Asked.LIST || tokens.size() < 3 || !(tokens.get(0).equals("welke")
        || tokens.get(0).equals("welk")) || SESSION_WORDS.contains(tokens.get(1))
        || DayPart.ofWord(tokens.get(1)).isPresent() || tokens.stream().skip(2).noneMatch(SHOWING::contains)
        || query.all(Condition.About.class).stream().noneMatch(c -> c.entity().type() == EntityType.SESSION
        || SeriesNames.isSeries(c.entity()))
        || query.all(Condition.About.class).stream().anyMatch(c -> c.entity().type() == EntityType.PART
        && !SeriesNames.isSeries(c.entity())) || timed(query)) {
      return query;
    }
    return query.withAsked(Asked.CONTENT);
  }

  /** "welke demo's kan ik 's middags nog zien?", "welk koor zingt tegelijk met X?": which sessions then, after all. */
  private static boolean timed(Query query) {
    return query.conditions().stream().anyMatch(c -> c instanceof Condition.InPeriod || c instanceof Condition.At
        || c instanceof Condition.From || c instanceof Condition.Until || c instanceof Condition.Between
        || c instanceof Condition.Relative || c instanceof Condition.AfterNow || c instanceof Condition.AtNow);
  }
}
