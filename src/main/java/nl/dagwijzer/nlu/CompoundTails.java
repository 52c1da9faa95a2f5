package nl.dagwijzer.nlu;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "Peuterverhalen in de verteltent", "Winterverhalen in de verteltent", "Griezelverhalen bij kaarslicht": titles that
 * open with compounds of the same last part are a series by that part ("welke verhalen zijn er?"), when the
 * programme's texts use it as a word of its own ("Verhalen over sneeuw"), so the split comes from the programme.
 */
final class CompoundTails {
  /** The last part has five letters or more: "geld" of "zakgeld" is too common a word. */
  private static final int SHORTEST_TAIL = 5;
  /** A first part of three letters ("las") only before a last part this long ("demonstratie"). */
  private static final int SHORT_FRONT = 3;
  private static final int LONG_TAIL = 9;
  /** Two different compounds make a series. */
  private static final int MIN_COMPOUNDS = 2;

  private CompoundTails() {
  }

  /**
   * Each shared last part with the ids of the sessions whose titles open with a compound of it; {@code words} are the
   * words of the sessions' descriptions ({@link ProgrammeWords#ofDescriptions}).
   */
  static Map<String, Set<String>> of(Programme programme, TextNormaliser normaliser, Set<String> words) {
    Map<String, Set<String>> compounds = new LinkedHashMap<>();
    Map<String, Set<String>> ids = new LinkedHashMap<>();
    for (Session session : programme.sessions()) {
      List<String> title = normaliser.tokens(session.title());
      if (title.isEmpty() || !title.get(0).chars().allMatch(Character::isLetter)) {
        continue;
      }
      String first = title.get(0);
      // ("Lasdemonstratie" beside "Klinkdemonstratie": a short first part before a long last one)
      CompoundHeads.longestHead(first, SHORTEST_TAIL, words::contains)
          .or(() -> CompoundHeads.longestHead(first, SHORT_FRONT, LONG_TAIL, words::contains)).ifPresent(tail -> {
        compounds.computeIfAbsent(tail, k -> new LinkedHashSet<>()).add(first);
        ids.computeIfAbsent(tail, k -> new LinkedHashSet<>()).add(session.id());
      });
    }
    ids.keySet().removeIf(tail -> compounds.get(tail).size() < MIN_COMPOUNDS);
    return ids;
  }
}
