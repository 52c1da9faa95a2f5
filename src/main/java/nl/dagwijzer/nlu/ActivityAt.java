package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "wat doen kinderen in het modderlab?", "wat maken de kinderen aan de schildertafel?", "wat zie je tijdens de
 * rondleiding?": what one does or sees at a session, which its description says, whatever the classifier made of it.
 * A session named only by the verb ("Workshop glasparels maken" for "maken") is not the one asked about.
 */
final class ActivityAt {
  private static final Set<String> ACTIVITY = Set.of("maak", "maakt", "maken", "doe", "doet", "doen", "leer", "leert",
      "leren", "bouw", "bouwt", "bouwen", "zie", "ziet", "zien", "hoor", "hoort", "horen");
  private static final Set<String> AT = Set.of("bij", "in", "aan", "op", "tijdens");
  /** Words that ask of another session or a time than the one named: "wat doen de vossen na de lunch?". */
  private static final Set<String> ELSEWHERE = Set.of("na", "voor", "als", "terwijl", "daarna", "hierna", "om",
      "tussen", "samen", "allemaal", "vandaag", "nu", "straks");
  private static final Set<Asked> MISREAD = Set.of(Asked.LIST, Asked.TIME, Asked.PEOPLE, Asked.UNKNOWN);

  private ActivityAt() {
  }

  static Query read(Query query, List<String> tokens) {
    if (tokens.size() < 4 || !tokens.get(0).equals("wat") || !ACTIVITY.contains(tokens.get(1))
        || !MISREAD.contains(query.asked()) || tokens.stream().noneMatch(AT::contains)
        || tokens.stream().anyMatch(ELSEWHERE::contains)) {
      return query;
    }
    String verb = tokens.get(1);
    List<Condition> kept = new ArrayList<>();
    for (Condition c : query.conditions()) {
      if (c instanceof Condition.Relative r && r.relation() == Condition.Relation.DURING && r.until().isEmpty()) {
        r.target().forEach(t -> kept.add(new Condition.About(t))); // "tijdens de rondleiding": at it
      } else if (!(c instanceof Condition.About about && about.entity().text().equals(verb))) {
        kept.add(c);
      }
    }
    boolean onlySessions = !kept.isEmpty() && kept.stream().allMatch(c -> c instanceof Condition.About about
        && about.entity().type() == EntityType.SESSION || c instanceof Detail d && d.text().isPresent());
    if (!onlySessions || kept.stream().noneMatch(c -> c instanceof Condition.About)) {
      return query;
    }
    return query.withAsked(Asked.CONTENT).withConditions(kept);
  }
}
