package nl.dagwijzer.nlu;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "Schaapscheerdemonstratie", "Live tattoodemonstratie: fineline": sessions whose titles hold a compound ending in a
 * word for a kind of session are what "de demonstraties" or "de laatste demonstratie" asks for, when no title or alias
 * uses that word on its own and nothing else in the question took it.
 */
final class KindTails {
  /** Kinds specific enough to name what a compound names: not "sessie", "workshop" or "cursus". */
  private static final List<String> KINDS = List.of("demonstratie", "rondleiding", "voorstelling", "vertoning",
      "wandeling", "proeverij", "concert", "clinic", "tocht", "lezing", "quiz", "show", "race");
  /** The part before the kind has at least this many letters ("tattoo", "schaapscheer"). */
  private static final int SHORTEST_FRONT = 4;

  private KindTails() {
  }

  /** Each kind word with the ids of the sessions whose titles hold a compound of it and no name the word itself. */
  static Map<String, Set<String>> of(Programme programme, TextNormaliser normaliser) {
    Map<String, Set<String>> ids = new LinkedHashMap<>();
    Set<String> alone = new java.util.HashSet<>();
    for (Session session : programme.sessions()) {
      for (String name : session.aliases()) {
        alone.addAll(normaliser.tokens(name));
      }
      for (String word : normaliser.tokens(session.title())) {
        alone.add(word);
        for (String kind : KINDS) {
          if (word.length() >= kind.length() + SHORTEST_FRONT && word.endsWith(kind)
              && word.chars().allMatch(Character::isLetter)) {
            ids.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(session.id());
          }
        }
      }
    }
    ids.keySet().removeAll(alone);
    ids.putAll(TitleStarts.of(programme, normaliser)); // keys of two words or more, which no kind's key is
    return Map.copyOf(ids);
  }

  /** The kind said on its own, singular or plural, where {@code kinds} has it and nothing took the word. */
  static void mark(Map<String, Set<String>> kinds, List<String> tokens, boolean[] taken, List<Span> spans) {
    for (int i = 0; i < tokens.size() && !kinds.isEmpty(); i++) {
      String token = tokens.get(i);
      String single = token.endsWith("en") && kinds.containsKey(token.substring(0, token.length() - 2))
          ? token.substring(0, token.length() - 2) : token.endsWith("s") ? token.substring(0, token.length() - 1)
          : token;
      Set<String> ids = taken[i] ? null : kinds.get(single);
      if (ids != null) {
        for (String id : ids) {
          spans.add(new Span(i, i + 1, new Entity(EntityType.SESSION, id, token)));
        }
        taken[i] = true;
      }
    }
  }
}
