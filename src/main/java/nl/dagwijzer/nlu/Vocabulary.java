package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the intent examples use, with how often. A typed word that is not among them but is one letter off a
 * known word ("sprekt", "wanner") is read as that word, so typos do not hide the question's key words.
 */
public final class Vocabulary {
  /** A typo changes a word's length by at most this many letters ({@link FuzzyWords} allows two edits at most). */
  private static final int MAX_LENGTH_CHANGE = 2;
  /** Corrections remembered (see {@link WordCache}): a day's questions use far fewer distinct words. */
  private static final int CACHED_WORDS = 10_000;

  private final Map<String, Integer> counts;
  /** The known words by length. */
  private final Map<Integer, List<String>> byLength = new HashMap<>();
  private final FuzzyWords fuzzy;
  private final WordCache<String> corrections = new WordCache<>(CACHED_WORDS, this::closest);

  public Vocabulary(Collection<String> words, FuzzyWords fuzzy) {
    this(counted(words), fuzzy);
  }

  /** A vocabulary of known words with how often each occurs (as {@link #counts} gave them). */
  Vocabulary(Map<String, Integer> counts, FuzzyWords fuzzy) {
    this.counts = Map.copyOf(counts);
    this.fuzzy = fuzzy;
    for (String word : this.counts.keySet()) {
      byLength.computeIfAbsent(word.length(), length -> new ArrayList<>()).add(word);
    }
  }

  private static Map<String, Integer> counted(Collection<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : words) {
      counts.merge(word, 1, Integer::sum);
    }
    return counts;
  }

  /** Every known word with how often it occurs. */
  Map<String, Integer> counts() {
    return counts;
  }

  public Set<String> words() {
    return counts.keySet();
  }

  /**
   * The known word meant by {@code word}: itself when known, else the closest near miss; of equally close ones the
   * most frequent, and of those the first in alphabetical order.
   */
  public String correct(String word) {
    if (counts.containsKey(word) || word.length() < 4) {
      return word;
    }
    return corrections.apply(word);
  }

  private String closest(String word) {
    String best = word;
    int bestDistance = Integer.MAX_VALUE;
    int bestCount = 0;
    for (int length = word.length() - MAX_LENGTH_CHANGE; length <= word.length() + MAX_LENGTH_CHANGE; length++) {
      for (String known : byLength.getOrDefault(length, List.of())) {
        int distance = fuzzy.distance(word, known);
        if (distance < 0) {
          continue;
        }
        int count = counts.get(known);
        if (distance < bestDistance || distance == bestDistance && (count > bestCount
            || count == bestCount && known.compareTo(best) < 0)) {
          best = known;
          bestDistance = distance;
          bestCount = count;
        }
      }
    }
    return best;
  }
}
