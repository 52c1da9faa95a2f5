package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The word a day numbers its places with is its word for a room: on a day with "Ring 1" to "Ring 4", "in welke ring
 * is de jeugdhandling?" asks where, as "in welke zaal" does on any day, not which sessions are called "ring". So is
 * the head of a room's compound name: "welke afdeling is 's ochtends halve prijs?" on a day with a "Kledingafdeling"
 * asks which room, not about that one.
 */
final class RoomWord {
  private static final Set<String> WHICH = Set.of("welke", "welk");
  /** The room noun every question reader knows. */
  private static final String ROOM = "zaal";
  private static final Set<String> IN = Set.of("in", "op", "bij");
  /** Shorter heads ("hal", "kas") are too often the end of other words. */
  private static final int MIN_HEAD = 5;

  private RoomWord() {
  }

  /** Read before compounds are joined to the names they end ("afdeling" to "kledingafdeling"). */
  static List<String> headAsked(List<String> tokens, Predicate<String> roomHead) {
    if (tokens.size() <= 2 || !WHICH.contains(tokens.get(0)) || !roomHead.test(tokens.get(1))) {
      return tokens;
    }
    List<String> read = new ArrayList<>(tokens);
    read.set(1, ROOM);
    return List.copyOf(read);
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

  /**
   * Whether {@code word} is the head of a one-word room name ("afdeling" of "Kledingafdeling") and in no session's
   * title ("welke markt" on a day with a "Boerenmarkt" asks for that session); {@code rooms} in lower case.
   */
  static boolean head(String word, java.util.Collection<String> rooms, nl.dagwijzer.programme.Programme day) {
    return word.length() >= MIN_HEAD && !word.equals(ROOM) && rooms.stream()
        .anyMatch(r -> r.indexOf(' ') < 0 && r.length() > word.length() + 2 && r.endsWith(word))
        && day.sessions().stream().noneMatch(s -> s.title().toLowerCase(java.util.Locale.ROOT).contains(word));
  }
}
