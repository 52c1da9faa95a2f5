package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "presentatie delinde hoelaat", "wanneer spreekt vandijk": a name's particle typed onto the word after it, where the
 * programme's names have the two apart ("De Linde", "Van Dijk"); and any two words of a name typed as one
 * ("zilverenstemmen" for "De Zilveren Stemmen"), and a code ("b25" for "B-25").
 */
final class JoinedParticles {
  /** Longest first: "vander" before "van". */
  private static final List<String> PARTICLES = List.of("vander", "vanden", "vande", "van", "ten", "ter", "den",
      "het", "de");
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("([a-z]{1,3})(\\d{1,4})");
  /** A word shorter than this after the particle is too short to tell from an ordinary word. */
  private static final int SHORTEST_REST = 3;

  private JoinedParticles() {
  }

  /** {@code tokens} with each such word split in two (three for "vander"); the same list when none is. */
  static List<String> split(List<String> tokens, Set<String> programmeWords, Set<String> namePairs) {
    return TokenParts.replaced(tokens, token -> java.util.Optional.of(parts(token, programmeWords, namePairs))
        .filter(parts -> parts.size() > 1));
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
    // "b25 wnr": a code of letters and digits typed as one where the name has them apart ("B-25 Mitchell")
    java.util.regex.Matcher code = CODE.matcher(token);
    if (code.matches() && namePairs.contains(code.group(1) + " " + code.group(2))) {
      return List.of(code.group(1), code.group(2));
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
