package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "is er een meidenpoule?" on a day of JO9 and JO11 poules: a compound whose last part names something of the
 * programme, but whose first part the programme never uses, is a kind of it the day does not have, not any poule.
 */
final class AbsentCompounds {
  /** A first part shorter than this may be a linking form or a slip; it says too little to deny the thing. */
  private static final int SHORTEST_PART = 4;

  private static final java.util.Set<EntityType> NAMED = java.util.EnumSet.of(EntityType.SESSION, EntityType.PART,
      EntityType.ROLE);

  private AbsentCompounds() {
  }

  static Query read(Query query, List<Span> spans, Set<String> programmeWords) {
    if (query.asked() != Asked.YESNO || !query.hasDetail("er-is")) {
      return query;
    }
    List<Condition> conditions = new ArrayList<>(query.conditions());
    boolean changed = false;
    for (Span span : spans) {
      String word = span.entity().text();
      // a thing named after a part of the day or a series ("poule"); a word of the texts ("huurschulden" for
      // "schulden") is answered by what the texts say of it
      if (word.contains(" ") || programmeWords.contains(word) || !NAMED.contains(span.entity().type())) {
        continue;
      }
      if (conditions.stream().anyMatch(c -> c instanceof Condition.NotInProgramme u && u.words().equals(word))) {
        continue; // "over huurschulden": read as missing already, beside the sessions about "schulden"
      }
      String first = firstPart(word, programmeWords);
      if (first.length() >= SHORTEST_PART && programmeWords.stream().noneMatch(w -> w.startsWith(first))) {
        conditions.removeIf(c -> c instanceof Condition.About about && about.entity().equals(span.entity()));
        conditions.add(new Condition.NotInProgramme(word, false));
        changed = true;
      }
    }
    return changed ? query.withConditions(conditions) : query;
  }

  /** The part before the longest word of the programme that {@code word} ends in; "" when it ends in none. */
  private static String firstPart(String word, Set<String> programmeWords) {
    for (int cut = 1; cut <= word.length() - SHORTEST_PART; cut++) {
      if (programmeWords.contains(word.substring(cut))) {
        String first = word.substring(0, cut);
        return first.endsWith("s") && first.length() > SHORTEST_PART ? first.substring(0, first.length() - 1) : first;
      }
    }
    return "";
  }
}
