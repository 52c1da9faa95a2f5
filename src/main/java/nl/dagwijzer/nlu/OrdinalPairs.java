package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "tussen de tweede en (de) derde tafelronde": the noun said once for two ordinals, written out as the programme
 * numbers its sessions ("tussen tafelronde 2 en tafelronde 3"), so each names one session; likewise "tussen ronde 1
 * en 2" ("tussen ronde 1 en ronde 2"); written out with the ordinals where the titles have them ("Eerste pauze").
 */
final class OrdinalPairs {
  private static final Map<String, String> ORDINALS = Map.of("eerste", "1", "tweede", "2", "derde", "3",
      "vierde", "4", "vijfde", "5", "zesde", "6");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

  private OrdinalPairs() {
  }

  /** {@code namePairs}: two words that follow each other in a name ({@link ProgrammeWords#namePairs}). */
  static List<String> expand(List<String> tokens, java.util.Set<String> namePairs) {
    int between = tokens.indexOf("tussen");
    if (between < 0) {
      return tokens;
    }
    int k = between + 1;
    k += k < tokens.size() && tokens.get(k).equals("de") ? 1 : 0;
    if (k + 3 < tokens.size() && tokens.get(k).length() >= 4 && NUMBER.matcher(tokens.get(k + 1)).matches()
        && tokens.get(k + 2).equals("en") && NUMBER.matcher(tokens.get(k + 3)).matches()
        && (k + 4 == tokens.size() || !tokens.get(k + 4).equals("uur"))) {
      // "tussen agendapunt 5 en 6", "tussen ronde 1 en 2": the second number is of the same noun
      List<String> expanded = new ArrayList<>(tokens.subList(0, k + 3));
      expanded.add(tokens.get(k));
      expanded.addAll(tokens.subList(k + 3, tokens.size()));
      return expanded;
    }
    if (k + 2 >= tokens.size() || !ORDINALS.containsKey(tokens.get(k)) || !tokens.get(k + 1).equals("en")) {
      return tokens;
    }
    int second = k + 2 + (tokens.get(k + 2).equals("de") ? 1 : 0);
    if (second + 1 >= tokens.size() || !ORDINALS.containsKey(tokens.get(second))) {
      return tokens;
    }
    String noun = tokens.get(second + 1);
    if (noun.length() < 4 || ORDINALS.containsKey(noun)) {
      return tokens;
    }
    List<String> expanded = new ArrayList<>(tokens.subList(0, between + 1));
    if (namePairs.contains(tokens.get(k) + " " + noun) && namePairs.contains(tokens.get(second) + " " + noun)) {
      // "tussen de eerste en de tweede pauze" where the titles say "Eerste pauze" and "Tweede pauze"
      expanded.addAll(List.of("de", tokens.get(k), noun, "en", "de", tokens.get(second), noun));
      expanded.addAll(tokens.subList(second + 2, tokens.size()));
      return expanded;
    }
    expanded.addAll(List.of(noun, ORDINALS.get(tokens.get(k)), "en", noun, ORDINALS.get(tokens.get(second))));
    expanded.addAll(tokens.subList(second + 2, tokens.size()));
    return expanded;
  }
}
