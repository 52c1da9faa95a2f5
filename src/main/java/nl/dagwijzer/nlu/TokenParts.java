package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A question's words, each replaced by the words it stands for where it stands for others ("watisernu"). */
final class TokenParts {
  private TokenParts() {
  }

  /** {@code tokens} with each token that {@code parts} gives words for replaced by them; the same list when none is. */
  static List<String> replaced(List<String> tokens, Function<String, Optional<List<String>>> parts) {
    List<String> replaced = null;
    for (int i = 0; i < tokens.size(); i++) {
      Optional<List<String>> words = parts.apply(tokens.get(i));
      if (words.isPresent() && replaced == null) {
        replaced = new ArrayList<>(tokens.subList(0, i));
      }
      if (replaced != null) {
        replaced.addAll(words.orElse(List.of(tokens.get(i))));
      }
    }
    return replaced == null ? tokens : List.copyOf(replaced);
  }
}
