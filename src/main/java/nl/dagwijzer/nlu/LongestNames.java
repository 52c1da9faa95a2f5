package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names that match at one place in a question, longest first; of sessions (or speakers, ...) with names as long,
 * those the question spells win over those it only comes near: "koningsschieten" is the "Koningsschieten", not also
 * the alias "koninginschieten" of the "Koninginneschieten" one letter away.
 */
final class LongestNames {
  private record Found(Entity entity, boolean spelled) {
  }

  /** A word this much longer than another that it begins is the same with an ending: a plural, an inflection. */
  private static final int ENDING = 3;

  private final List<Found> best = new ArrayList<>();
  private int length;

  /** The longest names' length so far; 0 when none matched. */
  int length() {
    return length;
  }

  /** The longest names, without one near a name of its own kind the question spells. */
  Set<Entity> entities() {
    Set<Entity> kept = new LinkedHashSet<>();
    for (Found found : best) {
      if (found.spelled() || best.stream().noneMatch(f -> f.spelled()
          && f.entity().type() == found.entity().type())) {
        kept.add(found.entity());
      }
    }
    return kept;
  }

  /**
   * {@code entity}'s name of {@code tokens}, as matched at {@code said} (the question's words there in the form the
   * gazetteer looked them up by) and {@code typed}: spelled when each word is the name's, or the same with another
   * ending ("verdiepingssessies" of "verdiepingssessie").
   */
  void offer(Entity entity, List<String> tokens, List<String> said, List<String> typed) {
    if (tokens.size() < length) {
      return;
    }
    if (tokens.size() > length) {
      best.clear();
      length = tokens.size();
    }
    boolean spelled = true;
    for (int k = 0; k < tokens.size() && spelled; k++) {
      spelled = alike(tokens.get(k), said.get(k)) || alike(tokens.get(k), typed.get(k));
    }
    best.add(new Found(entity, spelled));
  }

  private static boolean alike(String name, String word) {
    String shorter = name.length() <= word.length() ? name : word;
    String longer = shorter.equals(name) ? word : name;
    return longer.startsWith(shorter) && longer.length() - shorter.length() <= ENDING;
  }
}
