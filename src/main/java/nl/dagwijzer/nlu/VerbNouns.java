package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "waar moet ik me registreren?" when the programme has "Ontvangst en registratie": a reflexive verb in -eren asked of
 * what the programme calls by its noun in -atie. Only reflexive: "wie presenteert?" asks who leads, not about a
 * presentation. Likewise "het vliegen" of a "Vliegprogramma".
 */
final class VerbNouns {
  private static final List<String> VERB_ENDINGS = List.of("eren", "eer");
  private static final Set<String> REFLEXIVE = Set.of("me", "mij", "zich", "je", "ons", "u");
  private static final int MIN_STEM = 4;

  private VerbNouns() {
  }

  static List<String> nouns(List<String> tokens, Set<String> programmeWords) {
    List<String> result = null;
    for (int i = 0; i < tokens.size(); i++) {
      String noun = i > 0 && REFLEXIVE.contains(tokens.get(i - 1)) ? noun(tokens.get(i), programmeWords)
          : i > 0 && tokens.get(i - 1).equals("het") ? programmeOf(tokens.get(i), programmeWords) : null;
      if (noun != null) {
        if (result == null) {
          result = new ArrayList<>(tokens);
        }
        result.set(i, noun);
      }
    }
    return result == null ? tokens : List.copyOf(result);
  }

  private static String noun(String token, Set<String> programmeWords) {
    if (programmeWords.contains(token)) {
      return null;
    }
    for (String ending : VERB_ENDINGS) {
      if (token.endsWith(ending) && token.length() - ending.length() >= MIN_STEM) {
        String noun = token.substring(0, token.length() - ending.length()) + "atie";
        return programmeWords.contains(noun) ? noun : null;
      }
    }
    return null;
  }

  /**
   * "hoe laat begint het vliegen?" when the programme has a "Vliegprogramma": a verb made a noun is the part of the
   * day of that name.
   */
  private static String programmeOf(String verb, Set<String> programmeWords) {
    if (verb.length() < MIN_STEM + 2 || !verb.endsWith("en")) {
      return null;
    }
    String named = verb.substring(0, verb.length() - 2) + "programma";
    return programmeWords.contains(named) ? named : null;
  }
}
