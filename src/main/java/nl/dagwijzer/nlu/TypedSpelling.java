package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Spellings a keyboard or a hurry gives a programme's word: "y" for "ij" ("oudendyk" for "Oudendijk", "hoofdprys"),
 * and a plural without its apostrophe ("ponys" for "pony's", which the programme's texts split as "pony" and "s").
 * Only for a word neither the programme nor the question language has, into one the programme has.
 */
final class TypedSpelling {
  private TypedSpelling() {
  }

  static List<String> programme(List<String> typed, Set<String> programmeWords, Predicate<String> ordinary) {
    if (typed.stream().noneMatch(t -> t.indexOf('y') >= 0)) {
      return typed; // most questions
    }
    List<String> read = new ArrayList<>(typed.size() + 1);
    for (String token : typed) {
      if (token.indexOf('y') < 0 || token.length() < 4 || programmeWords.contains(token) || ordinary.test(token)) {
        read.add(token);
        continue;
      }
      String ij = token.replace("y", "ij");
      String stem = token.substring(0, token.length() - 1);
      if (programmeWords.contains(ij)) {
        read.add(ij);
      } else if (token.endsWith("ys") && programmeWords.contains(stem)) {
        read.add(stem);
        read.add("s");
      } else {
        read.add(token);
      }
    }
    return read;
  }
}
