package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The everyday words for a role a programme names formally: a parent asks for "de juf van groep 4" where the programme
 * says "leerkracht groep 4". Only words that mean the same at any day, never a word the programme already uses as a
 * name; not "meester", whose compounds name other roles ("de burgemeester", "de penningmeester").
 */
final class RoleSynonyms {
  private static final Map<String, List<String>> SAME = Map.of(
      "leerkracht", List.of("juf", "juffen", "juffrouw", "leraar", "leraren", "lerares", "docent", "docenten",
          "leerkrachten"),
      "docent", List.of("leraar", "leraren", "lerares", "leerkracht", "leerkrachten"),
      "leraar", List.of("juf", "juffen", "leerkracht", "leerkrachten", "docent", "docenten"));

  private RoleSynonyms() {
  }

  /** Adds each everyday word of a role's first word as a name of that word's role ("juf" for "leerkracht"). */
  static void add(List<String> roleTokens, Set<List<String>> taken, List<Gazetteer.Entry> names) {
    if (roleTokens.isEmpty()) {
      return;
    }
    String head = roleTokens.get(0);
    for (String word : SAME.getOrDefault(head, List.of())) {
      if (!taken.contains(List.of(word))) {
        ProgrammeNames.add(names, EntityType.ROLE, head, List.of(word));
      }
    }
  }
}
