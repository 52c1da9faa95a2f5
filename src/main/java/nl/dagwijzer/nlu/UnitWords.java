package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/** "elke pitch", "een gesprek", "zo'n gesprek": one of several things whose length or count is asked. */
final class UnitWords {
  private UnitWords() {
  }

  private static final Set<String> EACH = Set.of("elk", "elke", "ieder", "iedere", "per");
  private static final Set<String> LENGTH_MODALS = Set.of("mag", "moet", "kan", "mogen", "moeten", "kunnen");

  /**
   * "hoe lang duurt één pitch?", "hoeveel tijd krijgt elk team?": one of several within a session ({@code per:pitch}),
   * whose length a description may give where the programme's times give only the whole.
   */
  static java.util.Optional<Condition> unit(List<String> tokens, List<Span> spans) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      // "hoelang duurt zo'n gesprek?": one of them, as "een gesprek"
      boolean such = tokens.get(k).equals("zo") && tokens.get(k + 1).equals("n") && k + 2 < tokens.size();
      boolean each = EACH.contains(tokens.get(k)) || such;
      int noun = such ? k + 2 : k + 1;
      // "hoe lang duurt een pitch?", "hoe lang mag een pitch duren?"
      boolean one = tokens.get(k).equals("een") && k > 0 && (tokens.get(k - 1).startsWith("duur")
          || LENGTH_MODALS.contains(tokens.get(k - 1)) && tokens.contains("duren"))
          && spans.stream().noneMatch(s -> s.from() <= noun && noun < s.to() && s.entity().type() != EntityType.UNKNOWN
          && !s.entity().id().startsWith("word:"));
      if ((each || one) && tokens.get(noun).length() >= 4 && !CueWords.TIME_NOUNS.contains(tokens.get(noun))) {
        return java.util.Optional.of(new Detail("per:" + tokens.get(noun)));
      }
    }
    return java.util.Optional.empty();
  }
}
