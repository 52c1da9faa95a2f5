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
      head(words.get(0), ordinary).ifPresent(head -> {
        for (String thing : forms(words.get(1))) {
          names.computeIfAbsent(thing + head, k -> new LinkedHashSet<>()).add(id);
        }
      });
    });
    return names;
  }

  /** The longest end of {@code compound} that is an ordinary word: "tafel" of "reparatietafel". */
  private static java.util.Optional<String> head(String compound, Set<String> ordinary) {
    for (int cut = SHORTEST; cut <= compound.length() - SHORTEST; cut++) {
      String head = compound.substring(cut);
      if (ordinary.contains(head) || PLACES.contains(head)) {
        return java.util.Optional.of(head);
      }
    }
    return java.util.Optional.empty();
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
