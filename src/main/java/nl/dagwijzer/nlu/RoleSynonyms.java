package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The everyday words for a role a programme names formally: a parent asks for "de juf van groep 4" where the programme
 * says "leerkracht groep 4". Only words that mean the same at any day, never a word the programme already uses as a
 * name; not "meester", whose compounds name other roles ("de burgemeester", "de penningmeester"); and a musician by
 * the instrument ("wie speelt er gitaar?" of a "gitarist").
 */
final class RoleSynonyms {
  private static final Map<String, List<String>> SAME = Map.ofEntries(
      Map.entry("leerkracht", List.of("juf", "juffen", "juffrouw", "leraar", "leraren", "lerares", "docent",
          "docenten", "leerkrachten")),
      Map.entry("docent", List.of("leraar", "leraren", "lerares", "leerkracht", "leerkrachten")),
      Map.entry("leraar", List.of("juf", "juffen", "leerkracht", "leerkrachten", "docent", "docenten")),
      // "wie speelt er gitaar?": a musician by the instrument
      Map.entry("gitarist", List.of("gitaar")), Map.entry("pianist", List.of("piano")),
      Map.entry("drummer", List.of("drums", "drum")), Map.entry("violist", List.of("viool")),
      Map.entry("contrabassist", List.of("contrabas")), Map.entry("bassist", List.of("basgitaar")),
      Map.entry("saxofonist", List.of("saxofoon", "sax")), Map.entry("trompettist", List.of("trompet")),
      Map.entry("toetsenist", List.of("toetsen", "keyboard")), Map.entry("accordeonist", List.of("accordeon")));

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
