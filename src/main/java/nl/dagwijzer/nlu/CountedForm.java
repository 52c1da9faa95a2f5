package nl.dagwijzer.nlu;

import java.util.List;
import nl.dagwijzer.nlu.Query.Counted;

/**
 * What a count asks to count: times ("hoe vaak", "hoeveel keer", "hoeveel rondes" of a session given more than once),
 * people ("hoeveel facilitators"), rounds, rooms, organisations ("hoeveel gemeenten") or, otherwise, sessions.
 */
final class CountedForm {
  private CountedForm() {
  }

  /** "hoeveel gemeenten", "hoeveel hogescholen": organisations counted by their kind. */
  private static final java.util.Set<String> ORGANISATION_PLURALS = java.util.Set.of("gemeenten", "hogescholen",
      "stichtingen", "universiteiten", "bedrijven", "instellingen", "corporaties", "woningcorporaties");

  /** What "hoeveel" or "hoe vaak" at {@code at} counts, by the words after it and the conditions read. */
  static Counted of(List<String> tokens, int at, List<Condition> conditions) {
    if (tokens.get(at).equals("vaak") || tokens.get(at).equals("hoevaak")
        || conditions.stream().anyMatch(c -> c instanceof Condition.Occurs)) {
      return Counted.TIMES;
    }
    for (int k = at + 1; k < Math.min(tokens.size(), at + 3); k++) {
      String noun = tokens.get(k);
      boolean role = conditions.stream().anyMatch(c -> c instanceof Condition.About about
          && about.entity().type() == EntityType.ROLE && about.entity().text().equals(noun));
      if (CueWords.PEOPLE_NOUNS.contains(noun) || role) {
        return Counted.PEOPLE; // "hoeveel facilitators zijn er?": people by their role
      }
      if (CueWords.ROUND_NOUNS.contains(noun)) {
        // "hoeveel rondes pepernoten bakken zijn er?": the times of a session given more than once
        boolean repeated = conditions.stream().filter(c -> c instanceof Condition.About about
            && about.entity().type() == EntityType.SESSION).map(c -> ((Condition.About) c).entity().text())
            .collect(java.util.stream.Collectors.groupingBy(t -> t, java.util.stream.Collectors.counting()))
            .values().stream().anyMatch(n -> n >= 2) || conditions.stream().anyMatch(c -> c instanceof Condition.About
            about && about.entity().id().startsWith(SeriesNames.ID_PREFIX) && !CueWords.ROUND_NOUNS.contains(about
            .entity().text())); // (or a series, "rondes agility", not the rounds themselves: "Tafelronde 1", ...)
        return repeated ? Counted.TIMES : Counted.ROUNDS;
      }
      if (CueWords.ROOM_NOUNS.contains(noun)) {
        return Counted.ROOMS;
      }
      if (noun.equals("keer") || noun.equals("keren")) {
        return Counted.TIMES;
      }
      if (noun.startsWith("organisatie") || noun.equals("instanties") || noun.equals("partijen")
          || ORGANISATION_PLURALS.contains(noun)) {
        return Counted.ORGANISATIONS;
      }
    }
    return Counted.SESSIONS;
  }
}
