package nl.dagwijzer.nlu;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the result of a pure function of one word (a spelling correction, a stem, the names a word may begin)
 * or of one question text (its reading): attendees use the same few hundred words all day, and ask the same
 * questions. Bounded, because the words come from strangers: it remembers at most {@code limit} keys of at most
 * {@code maxLength} characters ({@value #MAX_WORD_LENGTH} for words, about 1 MB at most for 10,000) and computes the
 * rest every time. Thread-safe.
 */
final class WordCache<V> {
  static final int MAX_WORD_LENGTH = 30;

  private final Map<String, V> results = new ConcurrentHashMap<>();
  private final int limit;
  private final int maxLength;
  private final Function<String, V> function;

  WordCache(int limit, Function<String, V> function) {
    this(limit, MAX_WORD_LENGTH, function);
  }

  WordCache(int limit, int maxLength, Function<String, V> function) {
    this.limit = limit;
    this.maxLength = maxLength;
    this.function = function;
  }

  V apply(String word) {
    V known = results.get(word);
    if (known != null) {
      return known;
    }
    V result = function.apply(word);
    if (word.length() <= maxLength && results.size() < limit) {
      results.put(word, result);
    }
    return result;
  }
}
