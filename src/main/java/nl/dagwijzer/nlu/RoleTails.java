package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "is er een fotograaf?" when the programme's photographer is the "trouwfotograaf": the asker names a one-word role
 * by its last part. The asker gives the split, so no word list has to: a word the programme does not have, that ends
 * exactly one role, or in the plural a few ("de instructeurs" of the "zeilinstructeur" and the
 * "boogschietinstructeur").
 */
final class RoleTails {
  /** A last part shorter than this ("arts", "ouder" of "wethouder") ends too many words to name one role. */
  private static final int SHORTEST = 6;
  /** The part before it: "trouw" of "trouwfotograaf"; a shorter one is rarely a word ("wet" + "ouder"?). */
  private static final int FRONT = 4;

  /** More roles than this with one last part are no group the asker means. */
  private static final int MANY = 4;

  private final List<Gazetteer.Entry> roles;

  RoleTails(List<Gazetteer.Entry> entries) {
    // the role as written, not a name derived from it ("kampleiding" of "kampleider")
    this.roles = entries.stream().filter(e -> e.type() == EntityType.ROLE && e.tokens().equals(List.of(e.id())))
        .toList();
  }

  /** Marks each free word that ends one role and no other as that role; never a {@code known} word ("eerder"). */
  void mark(List<String> tokens, boolean[] taken, List<Span> spans, java.util.Set<String> known) {
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i);
      int at = i;
      if (taken[i] || word.length() < SHORTEST || known.contains(word)) {
        continue;
      }
      List<String> ids = roles.stream().filter(e -> singulars(word).stream().anyMatch(tail -> tail.length() >= SHORTEST
          && e.tokens().get(0).endsWith(tail) && e.tokens().get(0).length() - tail.length() >= FRONT))
          .map(Gazetteer.Entry::id).distinct().toList();
      // "de instructeurs" of the "zeilinstructeur" and the "boogschietinstructeur": each of them
      if (ids.size() == 1 || ids.size() > 1 && ids.size() <= MANY && !singulars(word).get(0).equals(word)) {
        ids.forEach(id -> EntityFinder.add(spans, taken, at, at + 1, EntityType.ROLE, id, tokens));
      }
    }
  }

  /** The word and, for a plural, its singulars: "instructeurs" → "instructeur"; "begeleiders" → "begeleider". */
  private static List<String> singulars(String word) {
    if (word.endsWith("s")) {
      return List.of(word.substring(0, word.length() - 1), word);
    }
    if (word.endsWith("en")) {
      return List.of(word.substring(0, word.length() - 2), word);
    }
    return List.of(word);
  }
}
