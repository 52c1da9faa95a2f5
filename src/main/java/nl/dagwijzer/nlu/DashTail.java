package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Kids Latin – halve finale": the one or two words after a dash in a title, which say what kind of session it is
 * (the part before says for whom). Titles with a colon name one session ("Ronde 1: Algemene kennis"), so only a dash.
 */
final class DashTail {
  private static final Pattern DASH = Pattern.compile("\\s[–—-]\\s");
  private static final int MAX_WORDS = 2;

  private DashTail() {
  }

  /** The tail's tokens joined by a space ("halve finale"), when it is one or two words of letters. */
  static Optional<String> of(String title, TextNormaliser normaliser) {
    String[] parts = DASH.split(title);
    if (parts.length != 2) {
      return Optional.empty();
    }
    List<String> tokens = normaliser.tokens(parts[1]);
    if (tokens.isEmpty() || tokens.size() > MAX_WORDS || normaliser.tokens(parts[0]).isEmpty()
        || !tokens.stream().allMatch(t -> t.length() >= 2 && t.chars().allMatch(Character::isLetter))
        || String.join("", tokens).length() < 4 || tokens.stream().anyMatch(CueWords.all()::contains)) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", tokens));
  }
}
