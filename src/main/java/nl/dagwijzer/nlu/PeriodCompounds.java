package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.dagwijzer.programme.Programme;

/**
 * "de middagtafel", "de avondtafel in de moskee": a part of the day joined to what is held then is the thing in that
 * part of the day, unless the programme's own titles use the compound ("Avondwandeling") or its texts do ("Avondkaart,
 * geldig vanaf 18:00") of a thing no title names ("de middagtafel" stays the "Tafel" held then).
 */
final class PeriodCompounds {
  private static final List<String> PREFIXES = List.of("ochtend", "middag", "avond");
  /** "avondeten" is a meal of its own, not any food in the evening. */
  private static final Set<String> WHOLE = Set.of("eten", "maal");
  /** Shorter tails are endings, not nouns ("avonds", "middagje"). */
  private static final int MIN_TAIL = 4;

  private PeriodCompounds() {
  }

  static List<String> split(List<String> tokens, Set<String> programmeWords, Programme programme) {
    List<String> split = new ArrayList<>(tokens.size() + 3);
    List<String> periods = new ArrayList<>();
    for (String token : tokens) {
      String tail = tail(token);
      if (tail == null || WHOLE.contains(tail) || DayPeriod.ofWord(token).isPresent() || !programmeWords.contains(tail)
          || titled(token, programme) || programmeWords.contains(token) && !nameWord(tail, programme)) {
        split.add(token);
      } else {
        split.add(tail);
        periods.add(token.substring(0, token.length() - tail.length()));
      }
    }
    if (periods.size() != 1) {
      return tokens; // "tussen de ochtendclinics en de middagclinics": each has its own part of the day
    }
    // read as "de tafel in de moskee in de middag": the part of the day after all that names the thing, where it
    // narrows what is named without splitting a name the programme gives ("tafel in de moskee")
    split.addAll(List.of("in", "de", periods.get(0)));
    return List.copyOf(split);
  }

  private static String tail(String token) {
    for (String prefix : PREFIXES) {
      if (token.startsWith(prefix) && token.length() - prefix.length() >= MIN_TAIL) {
        return token.substring(prefix.length());
      }
    }
    return null;
  }

  /** Whether a title or alias has {@code word} as a word of its own: "tafel" of "tafel in de moskee". */
  private static boolean nameWord(String word, Programme programme) {
    return programme.sessions().stream().flatMap(s -> java.util.stream.Stream.concat(
        java.util.stream.Stream.of(s.title()), s.aliases().stream()))
        .flatMap(name -> java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
        .anyMatch(w -> w.equals(word) || w.equals(word + "s") || w.equals(word + "en"));
  }

  private static boolean titled(String token, Programme programme) {
    return programme.sessions().stream().anyMatch(s -> s.title().toLowerCase(Locale.ROOT).contains(token)
        || s.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(token)));
  }
}
