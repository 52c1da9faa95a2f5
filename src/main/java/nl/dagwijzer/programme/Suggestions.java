package nl.dagwijzer.programme;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Bedoel je ...?" for typos in field names, ids and time zones. */
final class Suggestions {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {
  }

  /**
   * The candidate nearest to {@code input}, if it is near enough to be a typo: at most half the input's length and
   * never more than three edits, so that short unrelated words get no far-fetched suggestion.
   */
  static Optional<String> closest(String input, Collection<String> candidates) {
    String typed = input.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, typed.length() / 2));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - typed.length()) > limit) {
        continue; // cannot be within the limit, and skipping keeps thousands of candidates cheap
      }
      int distance = DISTANCE.apply(typed, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }
}
