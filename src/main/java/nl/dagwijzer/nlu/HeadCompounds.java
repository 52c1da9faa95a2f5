package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "het quizteam", "de zeilles", "een touwtrekteam": a thing the programme names joined to a word for a team, a lesson
 * or a ticket of it (not a leader: "de scoutsleiders" are the "scoutsleiding" a role names). The programme does not have the compound, so it is read as the two words it is made of, the
 * first as the programme writes it ("touwtrek" of "Touwtrekken"): the question is then about that part of the day.
 */
final class HeadCompounds {
  /**
   * Words people join to what they take part in; rounds and parts of the day have splitters of their own. Not "tijd":
   * "eindtijd" is a word of its own ("doelgroep" is one only where the programme has "doel" as a word).
   */
  private static final List<String> HEADS = List.of("teams", "team", "lessen", "les",
      "prijzen", "prijs", "kaartjes", "kaartje", "tickets", "ticket", "plekken", "plek", "groepen", "groep", "boten",
      "boot");
  /** Heads that say no more than the part itself: "de zeilles" is the sailing, "de hiphopgroep" the hiphop act. */
  private static final Set<String> LESSONS = Set.of("les", "lessen", "groep", "groepen", "boot", "boten");
  /** A boat is the part only when the word before it is the part's own word ("rondvaart"), not a verb's stem. */
  private static final Set<String> BOATS = Set.of("boot", "boten");
  /** The part before the head is a word of its own, not an ending or a prefix ("be", "ver"). */
  private static final int SHORTEST_FRONT = 4;

  private HeadCompounds() {
  }

  /**
   * {@code nameWord}: whether a word is one of the programme's names; "de hiphopgroep" of a description is still the
   * act its name "Hiphop" names, where the head says no more than the part itself.
   */
  static List<String> split(List<String> tokens, Set<String> programmeWords,
                            java.util.function.Predicate<String> nameWord) {
    return TokenParts.replaced(tokens, token -> !programmeWords.contains(token) ? parts(token, programmeWords)
        : nameWord.test(token) ? Optional.empty() : parts(token, programmeWords)
        .filter(p -> p.size() == 1 && nameWord.test(p.get(0))));
  }

  private static Optional<List<String>> parts(String token, Set<String> programmeWords) {
    for (String head : HEADS) {
      int cut = token.length() - head.length();
      if (cut < SHORTEST_FRONT || !token.endsWith(head)) {
        continue;
      }
      String front = token.substring(0, cut);
      // "de rondvaartboot" is the boat tour; "een zeilboot" is a boat the sailing has, which its texts may count
      Optional<String> named = BOATS.contains(head) ? Optional.of(front).filter(programmeWords::contains)
          : written(front, programmeWords);
      if (named.isPresent()) {
        // "de zeilles" is the sailing itself: "les" would only find another session's "korte les"
        return Optional.of(LESSONS.contains(head) ? List.of(named.get()) : List.of(named.get(), head));
      }
    }
    return Optional.empty();
  }

  /**
   * The programme's word the front stands for: itself ("quiz"), or the verb or plural it is the stem of ("zeil" of
   * "zeilen", "touwtrek" of "touwtrekken", "kook" of "koken").
   */
  private static Optional<String> written(String front, Set<String> programmeWords) {
    List<String> forms = new ArrayList<>(List.of(front, front + "en", front + front.charAt(front.length() - 1) + "en"));
    int n = front.length();
    if (n >= 3 && front.charAt(n - 2) == front.charAt(n - 3) && "aeou".indexOf(front.charAt(n - 2)) >= 0) {
      forms.add(front.substring(0, n - 2) + front.charAt(n - 1) + "en"); // "kook" → "koken"
    }
    return forms.stream().filter(programmeWords::contains).findFirst();
  }
}
