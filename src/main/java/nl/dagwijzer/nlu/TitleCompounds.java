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
      "tent", "post", "spreekuur", "werkplaats", "punt");

  private TitleCompounds() {
  }

  /** Compound names (one token each) and the ids of the sessions they name, from {@code titles} (id → title). */
  static Map<String, Set<String>> of(Map<String, String> titles, TextNormaliser normaliser, Set<String> ordinary) {
    Map<String, Set<String>> names = new LinkedHashMap<>();
    titles.forEach((id, title) -> {
      List<String> words = normaliser.tokens(title);
      kindFirst(words, ordinary).forEach(name -> names.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(id));
      joinedToHead(words).forEach(name -> names.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(id));
      if (words.size() != 2 || !words.get(1).chars().allMatch(Character::isLetter)
          || words.get(1).length() < SHORTEST) {
        return;
      }
      // "de pianoproefles" for "Proefles piano": the thing joined to the whole first word
      forms(words.get(1)).forEach(thing -> names.computeIfAbsent(thing + words.get(0), k -> new LinkedHashSet<>())
          .add(id));
      // the longest end of the compound that is a word: "tafel" of "reparatietafel"
      java.util.Optional<String> head = CompoundHeads.longestHead(words.get(0), SHORTEST,
          w -> ordinary.contains(w) || PLACES.contains(w));
      head.ifPresent(h -> forms(words.get(1))
          .forEach(thing -> names.computeIfAbsent(thing + h, k -> new LinkedHashSet<>()).add(id)));
    });
    return names;
  }

  /** A title's first word that says what kind of session it is, and the short forms people join to the thing. */
  private static final Map<String, List<String>> KINDS = Map.of("demonstratie", List.of("demo", "demonstratie"),
      "demo", List.of("demo"), "workshop", List.of("workshop"), "lezing", List.of("lezing"), "rondleiding",
      List.of("rondleiding"), "presentatie", List.of("presentatie"), "cursus", List.of("cursus"), "training",
      List.of("training"));

  /**
   * "de reanimatiedemo" for "Demonstratie reanimatie en AED", "de robotdemo" for "Demonstratie operatierobot": the
   * thing after the kind, and the end of it that is a word, joined to the kind's short form.
   */
  private static List<String> kindFirst(List<String> words, Set<String> ordinary) {
    List<String> shorts = words.size() >= 2 ? KINDS.get(words.get(0)) : null;
    String thing = shorts == null ? "" : words.get(1);
    if (thing.length() < SHORTEST || !thing.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    List<String> things = new ArrayList<>(forms(thing));
    CompoundHeads.longestHead(thing, SHORTEST, ordinary::contains).ifPresent(things::add);
    List<String> names = new ArrayList<>();
    things.forEach(t -> shorts.forEach(kind -> names.add(t + kind)));
    return names;
  }

  /**
   * "het zwembadpunt" for "Inspreken agendapunt 3: toekomst zwembad De Waterlelie": another whole word of the title
   * joined to the end of a compound of the title that names where or what something is ("punt" of "agendapunt",
   * {@link #PLACES}).
   */
  private static List<String> joinedToHead(List<String> words) {
    List<String> heads = new ArrayList<>();
    for (String word : words) {
      if (word.chars().allMatch(Character::isLetter)) {
        CompoundHeads.longestHead(word, SHORTEST, PLACES::contains)
            .filter(h -> word.length() - h.length() >= SHORTEST).ifPresent(heads::add);
      }
    }
    List<String> names = new ArrayList<>();
    for (String head : heads) {
      words.stream().filter(w -> w.length() > SHORTEST && w.chars().allMatch(Character::isLetter)
          && !w.endsWith(head) && !CommonWords.WORDS.contains(w)).forEach(w -> names.add(w + head));
    }
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
