package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.dagwijzer.programme.Session;

/**
 * A one-word title is often a compound whose last part is what people call it: "Informatiekramen" whose summary
 * speaks of "de kramen", "Stadswandeling" of "de wandeling". The last part counts as a name of the session when the
 * session's own text uses it as a word of its own, so the split comes from the programme, not from a word list.
 */
final class CompoundHeads {
  /** The part before the head has four letters or more, the head five: "geld" of "zakgeld" is too common a word. */
  private static final int SHORTEST = 4;

  private CompoundHeads() {
  }

  static List<String> of(Session session, TextNormaliser normaliser) {
    List<String> names = new ArrayList<>(session.aliases());
    names.add(session.title());
    Set<String> own = new LinkedHashSet<>(normaliser.tokens(session.summary()));
    session.details().forEach(d -> own.addAll(normaliser.tokens(d)));
    Set<String> heads = new LinkedHashSet<>();
    for (String name : names) {
      for (String word : normaliser.tokens(name)) {
        // the longest head the text has: "kramen", not "men"
        longestHead(word, SHORTEST + 1, head -> own.contains(head) && Character.isLetter(head.charAt(0)))
            .ifPresent(heads::add);
      }
    }
    return List.copyOf(heads);
  }

  /**
   * The longest end of {@code word}, of at least {@code shortestHead} letters after a part of at least {@value
   * #SHORTEST}, that {@code known} holds for: "kramen" of "informatiekramen", "tafel" of "reparatietafel".
   */
  static java.util.Optional<String> longestHead(String word, int shortestHead,
                                                java.util.function.Predicate<String> known) {
    return longestHead(word, SHORTEST, shortestHead, known);
  }

  /** {@link #longestHead(String, int, java.util.function.Predicate)} after a first part of {@code shortestFront}. */
  static java.util.Optional<String> longestHead(String word, int shortestFront, int shortestHead,
                                                java.util.function.Predicate<String> known) {
    for (int cut = shortestFront; cut <= word.length() - shortestHead; cut++) {
      String head = word.substring(cut);
      if (known.test(head)) {
        return java.util.Optional.of(head);
      }
    }
    return java.util.Optional.empty();
  }
}
