package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "wat kost het om zelf een kerstbal te blazen?": "te" splits the name "kerstbal blazen" the programme has; without it
 * the two words are that name again. Only after "om", where the words on either side are a pair of one of its
 * names, or both words of its names.
 */
final class InfinitiveTe {
  private InfinitiveTe() {
  }

  /** {@code nameWord}: whether a word is one of the names' words (an alias "kerstbal blazen" is no title pair). */
  static List<String> join(List<String> tokens, Set<String> namePairs, java.util.function.Predicate<String> nameWord) {
    List<String> joined = null;
    for (int k = 1; k + 1 < tokens.size(); k++) {
      String before = tokens.get(k - 1);
      String after = tokens.get(k + 1);
      // ("wat is er te eten?" has no "om": "te eten" is what there is, not part of a name)
      if (tokens.get(k).equals("te") && tokens.subList(0, k).contains("om") && (namePairs.contains(before + " " + after)
          || nameWord.test(before) && nameWord.test(after))) {
        if (joined == null) {
          joined = new ArrayList<>(tokens);
        }
        joined.set(k, null);
      }
    }
    if (joined == null) {
      return tokens;
    }
    joined.removeIf(java.util.Objects::isNull);
    return List.copyOf(joined);
  }
}
