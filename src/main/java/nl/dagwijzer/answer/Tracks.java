package nl.dagwijzer.answer;

import java.util.List;
import java.util.Set;

/** Names that label a line of sessions ("Track Blauw", "Thema 2", "Route A") rather than say what they are about. */
final class Tracks {
  private static final Set<String> WORDS = Set.of("track", "thema", "themalijn", "route", "lijn", "spoor", "stroom",
      "programmalijn", "leerlijn");

  private Tracks() {
  }

  /** Whether a name, as normalised tokens, is such a label: a track word and at most two more. */
  static boolean labels(List<String> name) {
    return name.size() <= 3 && !name.isEmpty() && WORDS.contains(name.get(0));
  }
}
