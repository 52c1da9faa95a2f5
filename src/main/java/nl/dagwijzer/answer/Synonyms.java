package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words a description may use for the one a question uses: "moet ik me opgeven?" where it says "Aanmelden is niet
 * nodig", "moet ik me aanmelden?" where it says "opgeven bij de balie". Only words whose meaning at a day is the same.
 */
final class Synonyms {
  private static final List<Set<String>> GROUPS = List.of(
      Set.of("aanmelden", "opgeven", "inschrijven", "registreren", "reserveren"),
      // "is de commissie live te volgen?" where it says "Deze vergadering wordt niet uitgezonden"
      Set.of("live", "livestream", "uitgezonden", "gestreamd", "streamen", "uitzenden"));

  private Synonyms() {
  }

  /** {@code words} with one of them replaced by each word of its group, in order; empty when none has a group. */
  static List<List<String>> instead(List<String> words) {
    List<List<String>> variants = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (Set<String> group : GROUPS) {
        if (group.contains(words.get(i))) {
          for (String other : group.stream().sorted().toList()) {
            if (!other.equals(words.get(i))) {
              List<String> variant = new ArrayList<>(words);
              variant.set(i, other);
              variants.add(List.copyOf(variant));
            }
          }
        }
      }
    }
    return variants;
  }
}
