package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "een optocht voor kinderen" where the programme has a "Kinderoptocht", "een quiz voor de jeugd" where it has a
 * "Jeugdquiz": the thing and the audience said apart are the one compound its names use.
 */
final class AudienceCompounds {
  /** Audience words and the forms a compound starts with. */
  private static final Map<String, List<String>> FIRST_PARTS = Map.of("kinderen", List.of("kinder"),
      "kids", List.of("kinder"), "jeugd", List.of("jeugd"), "jongeren", List.of("jongeren", "jeugd"),
      "ouders", List.of("ouder"), "senioren", List.of("senioren"), "volwassenen", List.of("volwassenen"),
      "peuters", List.of("peuter"), "kleuters", List.of("kleuter"));
  private static final Set<String> ARTICLES = Set.of("de", "het");
  private static final int SHORTEST = 4;

  private AudienceCompounds() {
  }

  /** {@code words}: the words of the programme's names and texts. */
  static List<String> join(List<String> tokens, Set<String> words) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      String thing = tokens.get(i);
      int audience = i + 2 < tokens.size() && ARTICLES.contains(tokens.get(i + 2)) ? i + 3 : i + 2;
      if (thing.length() < SHORTEST || !tokens.get(i + 1).equals("voor") || audience >= tokens.size()) {
        continue;
      }
      for (String first : FIRST_PARTS.getOrDefault(tokens.get(audience), List.of())) {
        if (words.contains(first + thing)) {
          List<String> joined = new ArrayList<>(tokens.subList(0, i));
          joined.add(first + thing);
          joined.addAll(tokens.subList(audience + 1, tokens.size()));
          return joined;
        }
      }
    }
    return tokens;
  }
}
