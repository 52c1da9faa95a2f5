package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  private static final Set<String> SUBJECTS = Set.of("ze", "we", "wij", "zij", "jullie");
  private static final Set<String> ABLE = Set.of("kan", "kun", "kunnen", "mag", "mogen", "moet", "moeten", "wil",
      "willen", "gaan", "ga", "gaat");

  private VerbNouns() {
  }

  static List<String> nouns(List<String> tokens, Set<String> programmeWords) {
    return nouns(tokens, programmeWords, w -> false, w -> true);
  }

  /**
   * {@code nameWord}: whether a word is in the programme's names; {@code ordinary}: whether it is a word of the
   * question language, which stays a verb ("beginnen" is no "Beginnersles").
   */
  static List<String> nouns(List<String> tokens, Set<String> programmeWords,
                            java.util.function.Predicate<String> nameWord,
                            java.util.function.Predicate<String> ordinary) {
    List<String> result = null;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      // "hoe lang duurt het dweilen nog?": after "het" a verb made a noun, as a programme or a name's word
      String noun = i > 0 && REFLEXIVE.contains(tokens.get(i - 1)) ? noun(token, programmeWords)
          : i > 0 && tokens.get(i - 1).equals("het") ? Optional.ofNullable(programmeOf(token, programmeWords))
              .orElseGet(() -> named(token, programmeWords, nameWord, ordinary))
          : verbAt(tokens, i) ? named(token, programmeWords, nameWord, ordinary) : null;
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
   * Where a word in "-en" is a verb by its place, not a plural: before its subject ("wanneer dweilen ze?") or last
   * after a verb of ability ("kan ik ergens curlen?").
   */
  private static boolean verbAt(List<String> tokens, int i) {
    return i + 1 < tokens.size() && SUBJECTS.contains(tokens.get(i + 1))
        || i == tokens.size() - 1 && tokens.subList(0, i).stream().anyMatch(ABLE::contains);
  }

  /**
   * "wanneer dweilen ze?" when the programme has a "Dweilpauze": a verb the question language does not know, whose
   * stem begins one word of the programme's names and no other, is that name's word.
   */
  private static String named(String verb, Set<String> programmeWords, java.util.function.Predicate<String> nameWord,
                              java.util.function.Predicate<String> ordinary) {
    // ("mag ik naar binnen?": an ordinary word in "-en" is no verb of "Binnenplaats")
    if (verb.length() < MIN_STEM + 2 || !verb.endsWith("en") || programmeWords.contains(verb) || ordinary.test(verb)
        || CommonWords.WORDS.contains(verb)) {
      return null;
    }
    String stem = verb.substring(0, verb.length() - 2);
    int last = stem.length() - 1;
    if (stem.charAt(last) == stem.charAt(last - 1)) {
      stem = stem.substring(0, last); // "zwemmen": "zwem"
    }
    String from = stem;
    List<String> named = programmeWords.stream().filter(w -> w.length() > from.length() + 2 && w.startsWith(from)
        && nameWord.test(w)).distinct().limit(2).toList();
    return named.size() == 1 ? named.get(0) : null;
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
