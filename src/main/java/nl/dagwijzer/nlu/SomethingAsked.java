package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Set;

/**
 * "is er om 14:00 iets in De Serre?", "is er 's ochtends al iets?", "is er iets voor kids?": whether there is something
 * then, or for children, is asked to hear what it is, so the list of it, which says yes or no first ({@code er-is}
 * stays).
 */
final class SomethingAsked {
  private static final Set<String> OPENING = Set.of("is", "loopt", "gebeurt");
  private static final Set<String> SOMETHING = Set.of("iets", "wat");
  /** "is er al iets begonnen?" asks whether the day has started: yes or no. */
  private static final Set<String> DONE = Set.of("begonnen", "afgelopen", "voorbij", "geweest");

  private SomethingAsked() {
  }

  static Query read(Query query, List<String> tokens) {
    if (query.asked() != Asked.YESNO || tokens.size() < 3 || !OPENING.contains(tokens.get(0))
        || !tokens.get(1).equals("er") || tokens.stream().noneMatch(SOMETHING::contains)
        || tokens.contains("anders") || tokens.stream().anyMatch(DONE::contains)) {
      return query;
    }
    // only when what is asked is a time or whom it is for: "is er iets over privacy?" asks whether the texts say it
    boolean timed = query.conditions().stream().anyMatch(c -> c instanceof Condition.AtNow
        || c instanceof Condition.InPeriod || c instanceof Condition.At || c instanceof Condition.From
        || c instanceof Condition.Until || c instanceof Condition.Between);
    // ("voor kinderen" where a title has the word: for whom all the same, which ForChildren reads after this)
    boolean forChildren = !query.textWords().isEmpty() && query.textWords().stream()
        .allMatch(w -> w.equals("kinderen") || w.equals("kids")) || query.textWords().isEmpty()
        && java.util.stream.IntStream.range(1, tokens.size()).anyMatch(k -> tokens.get(k - 1).equals("voor")
        && (tokens.get(k).equals("kinderen") || tokens.get(k).equals("kids")));
    if (!timed && !forChildren || !query.textWords().isEmpty() && !forChildren
        || query.has(Condition.NotInProgramme.class)) {
      return query;
    }
    return query.withAsked(Asked.LIST);
  }
}
