package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "wie moet ik bellen als ik te laat ben?", "welk nummer moet ik bellen?", "wat is het noodnummer?": a number to
 * call, which a description may give ("bel Joyce van den Berg op 06-12345678"). Read as
 * {@code contact:telefoonnummer}.
 */
final class PhoneAsked {
  /** ("telnr" and "noodnr" are written out by {@link TextNormaliser} before they come here.) */
  private static final Set<String> CALLING = Set.of("bellen", "bel", "opbellen", "telefoonnummer", "noodnummer",
      "telefoonnr");
  /** "de bel gaat", "een bel geeft aan ...": the bell, not calling. */
  private static final Set<String> ARTICLES = Set.of("de", "een");

  private PhoneAsked() {
  }

  static Optional<Detail> of(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      // ("wat is het telefoonnummer van de informatiestand?" asks the number of one thing, which may be missing)
      if (CALLING.contains(tokens.get(i)) && (i == 0 || !ARTICLES.contains(tokens.get(i - 1)))
          && !tokens.subList(i, tokens.size()).contains("van")) {
        return Optional.of(Detail.contact("telefoonnummer"));
      }
    }
    return Optional.empty();
  }
}
