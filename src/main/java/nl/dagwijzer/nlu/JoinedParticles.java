package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "presentatie delinde hoelaat", "wanneer spreekt vandijk": a name's particle typed onto the word after it, where the
 * programme's names have the two apart ("De Linde", "Van Dijk"); and any two words of a name typed as one
 * ("zilverenstemmen" for "De Zilveren Stemmen").
 */
final class JoinedParticles {
  /** Longest first: "vander" before "van". */
  private static final List<String> PARTICLES = List.of("vander", "vanden", "vande", "van", "ten", "ter", "den",
      "het", "de");
  /** A word shorter than this after the particle is too short to tell from an ordinary word. */
  private static final int SHORTEST_REST = 3;

  private JoinedParticles() {
  }

  /** {@code tokens} with each such word split in two (three for "vander"); the same list when none is. */
  static List<String> split(List<String> tokens, Set<String> programmeWords, Set<String> namePairs) {
    List<String> split = null;
    for (int i = 0; i < tokens.size(); i++) {
      List<String> parts = parts(tokens.get(i), programmeWords, namePairs);
      if (parts.size() > 1 && split == null) {
        split = new ArrayList<>(tokens.subList(0, i));
      }
      if (split != null) {
        split.addAll(parts);
      }
    }
    return split == null ? tokens : List.copyOf(split);
  }

  private static List<String> parts(String token, Set<String> programmeWords, Set<String> namePairs) {
    // "vanavond", "vandaag": words of their own
    if (programmeWords.contains(token) || DayPeriod.ofWord(token).isPresent() || CommonWords.WORDS.contains(token)
        || CueWords.all().contains(token)) {
      return List.of(token);
    }
    for (String particle : PARTICLES) {
      String rest = token.substring(Math.min(particle.length(), token.length()));
      if (!token.startsWith(particle) || rest.length() < SHORTEST_REST) {
        continue;
      }
      List<String> words = new ArrayList<>(particle.startsWith("van") && particle.length() > 3
          ? List.of("van", particle.substring(3)) : List.of(particle));
      if (namePairs.contains(words.get(words.size() - 1) + " " + rest)) {
        words.add(rest);
        return words;
      }
    }
    // "zilverenstemmen tijd": any two words of a name typed as one ("De Zilveren Stemmen")
    for (int cut = SHORTEST_REST; cut <= token.length() - SHORTEST_REST; cut++) {
      if (namePairs.contains(token.substring(0, cut) + " " + token.substring(cut))) {
        return List.of(token.substring(0, cut), token.substring(cut));
      }
    }
    return List.of(token);
  }
}
