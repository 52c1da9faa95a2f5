package nl.dagwijzer.nlu;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words the intent examples use, with how often. A typed word that is not among them but is one letter off a
 * known word ("sprekt", "wanner") is read as that word, so typos do not hide the question's key words.
 */
public final class Vocabulary {
  private final Map<String, Integer> counts;
  private final FuzzyWords fuzzy;

  public Vocabulary(Collection<String> words, FuzzyWords fuzzy) {
    Map<String, Integer> map = new HashMap<>();
    words.forEach(w -> map.merge(w, 1, Integer::sum));
    this.counts = Map.copyOf(map);
    this.fuzzy = fuzzy;
  }

  public Set<String> words() {
    return counts.keySet();
  }

  /** The known word meant by {@code word}: itself when known, else the closest and most frequent near miss. */
  public String correct(String word) {
    if (counts.containsKey(word) || word.length() < 4) {
      return word;
    }
    String best = word;
    int bestDistance = Integer.MAX_VALUE;
    int bestCount = 0;
    for (Map.Entry<String, Integer> known : counts.entrySet()) {
      int distance = fuzzy.distance(word, known.getKey());
      if (distance < 0) {
        continue;
      }
      if (distance < bestDistance || distance == bestDistance && known.getValue() > bestCount) {
        best = known.getKey();
        bestDistance = distance;
        bestCount = known.getValue();
      }
    }
    return best;
  }
}
