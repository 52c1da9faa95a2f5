package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The word a day numbers its places with is its word for a room: on a day with "Ring 1" to "Ring 4", "in welke ring
 * is de jeugdhandling?" asks where, as "in welke zaal" does on any day, not which sessions are called "ring".
 */
final class RoomWord {
  private static final Set<String> WHICH = Set.of("welke", "welk");
  /** The room noun every question reader knows. */
  private static final String ROOM = "zaal";
  private static final Set<String> IN = Set.of("in", "op", "bij");

  private RoomWord() {
  }

  static List<String> asked(List<String> tokens, Predicate<String> numbersRooms) {
    List<String> read = null;
    for (int i = 2; i < tokens.size(); i++) {
      String word = tokens.get(i);
      // "in welke ring", "op welk veld": where; "welke break-outs zijn er?" still asks for the sessions so called
      if (WHICH.contains(tokens.get(i - 1)) && IN.contains(tokens.get(i - 2)) && !word.equals(ROOM) && (numbersRooms.test(word)
          || word.endsWith("en") && numbersRooms.test(word.substring(0, word.length() - 2))
          || word.endsWith("s") && numbersRooms.test(word.substring(0, word.length() - 1)))) {
        if (read == null) {
          read = new ArrayList<>(tokens);
        }
        read.set(i, ROOM);
      }
    }
    return read == null ? tokens : List.copyOf(read);
  }
}
