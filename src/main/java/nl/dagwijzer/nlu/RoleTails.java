package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "is er een fotograaf?" when the programme's photographer is the "trouwfotograaf": the asker names a one-word role
 * by its last part. The asker gives the split, so no word list has to: a word the programme does not have, that ends
 * exactly one role.
 */
final class RoleTails {
  /** A last part shorter than this ("arts", "ouder" of "wethouder") ends too many words to name one role. */
  private static final int SHORTEST = 6;
  /** The part before it: "trouw" of "trouwfotograaf"; a shorter one is rarely a word ("wet" + "ouder"?). */
  private static final int FRONT = 4;

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
      if (taken[i] || word.length() < SHORTEST || known.contains(word)) {
        continue;
      }
      List<String> ids = roles.stream().filter(e -> e.tokens().get(0).endsWith(word)
          && e.tokens().get(0).length() - word.length() >= FRONT).map(Gazetteer.Entry::id).distinct().toList();
      if (ids.size() == 1) {
        EntityFinder.add(spans, taken, i, i + 1, EntityType.ROLE, ids.get(0), tokens);
      }
    }
  }
}
