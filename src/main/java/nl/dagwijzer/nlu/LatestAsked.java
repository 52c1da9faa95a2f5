package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "tot hoe laat kan ik schaatsen huren?", "tot wanneer kan ik me opgeven voor de bbq?": the latest time one can still
 * do something, which a description may set before the session ends ("Laatste verhuur om 22:00"). Not "tot hoe laat
 * duurt de lezing?": without "kan" or "mag", a verb of lasting asks when the session ends.
 */
public final class LatestAsked {
  /** The detail that says so. */
  public static final String DETAIL = "uiterlijk";
  private static final Set<String> MODALS = Set.of("kan", "kun", "kunnen", "kunt", "mag", "mogen", "moet", "moeten");
  /** Verbs that ask how long a session lasts or is open: "tot hoe laat duurt het?", "tot hoe laat is de markt?". */
  private static final Set<String> LASTING = Set.of("duurt", "duren", "is", "zijn", "open", "loopt", "lopen",
      "eindigt", "eindigen", "gaat", "gaan", "speelt", "spelen", "blijft", "blijven");

  private LatestAsked() {
  }

  static Optional<Detail> of(List<String> tokens) {
    boolean until = QuestionForm.startsWith(tokens, "tot", "hoe") || QuestionForm.startsWith(tokens, "tot", "hoelaat")
        || QuestionForm.startsWith(tokens, "tot", "wanneer") || tokens.contains("uiterlijk");
    // ("tot hoe laat nemen ze elektronica aan?": a verb of what one does asks it too, as a modal does)
    return until && (tokens.stream().anyMatch(MODALS::contains) || tokens.stream().noneMatch(LASTING::contains))
        ? Optional.of(new Detail(DETAIL)) : Optional.empty();
  }
}
