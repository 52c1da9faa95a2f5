package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What people call a session whose title is a compound and the thing it is about: "de textieltafel" for
 * "Reparatietafel Textiel", "de fietstafel" for "Reparatietafel Fietsen", "de jeugdgroep" for "Werkgroep Jeugd". The
 * head of the compound is a word the programme or the language uses on its own, or one of the few words that name
 * where something is done at a day ("tafel", "groep", "hoek").
 */
final class TitleCompounds {
  /** The part before the head, and the head itself, have at least this many letters. */
  private static final int SHORTEST = 4;
  private static final Set<String> PLACES = Set.of("tafel", "groep", "hoek", "kraam", "stand", "sessie", "ronde",
      "tent", "post", "spreekuur", "werkplaats");

  private TitleCompounds() {
  }

  /** Compound names (one token each) and the ids of the sessions they name, from {@code titles} (id → title). */
  static Map<String, Set<String>> of(Map<String, String> titles, TextNormaliser normaliser, Set<String> ordinary) {
    Map<String, Set<String>> names = new LinkedHashMap<>();
    titles.forEach((id, title) -> {
      List<String> words = normaliser.tokens(title);
      if (words.size() != 2 || !words.get(1).chars().allMatch(Character::isLetter)
          || words.get(1).length() < SHORTEST) {
        return;
      }
      // the longest end of the compound that is a word: "tafel" of "reparatietafel"
      java.util.Optional<String> head = CompoundHeads.longestHead(words.get(0), SHORTEST,
          w -> ordinary.contains(w) || PLACES.contains(w));
      head.ifPresent(h -> forms(words.get(1))
          .forEach(thing -> names.computeIfAbsent(thing + h, k -> new LinkedHashSet<>()).add(id)));
    });
    return names;
  }

  /** "textiel"; "fietsen" also as "fiets", the form a compound takes. */
  private static List<String> forms(String thing) {
    List<String> forms = new ArrayList<>(List.of(thing));
    if (thing.endsWith("en") && thing.length() >= 6) {
      forms.add(thing.substring(0, thing.length() - 2));
    }
    return forms;
  }
}
