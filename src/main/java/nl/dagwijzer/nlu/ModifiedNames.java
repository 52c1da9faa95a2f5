package nl.dagwijzer.nlu;

import java.util.List;
import nl.dagwijzer.programme.Programme;

/**
 * "hoe laat is de workshop truffels maken?" when only "Workshop bonbons maken" has the word "maken": the thing said
 * before the verb is one no text has, and the title has another thing there, so the verb does not name that session;
 * the question is about what the programme does not have.
 */
final class ModifiedNames {
  private static final TextNormaliser NORMALISER = new TextNormaliser();

  private ModifiedNames() {
  }

  static List<Span> drop(List<String> tokens, List<Span> spans, Programme programme) {
    List<Span> things = spans.stream().filter(s -> s.entity().type() == EntityType.UNKNOWN
        && s.entity().id().startsWith("thing:")).toList();
    if (things.isEmpty()) {
      return spans;
    }
    // a verb and the thing it is done to ("truffels maken"), not an adjective ("een zittende lunch")
    return spans.stream().filter(s -> !(s.entity().type() == EntityType.SESSION && s.to() == s.from() + 1
        && tokens.get(s.from()).endsWith("en") && things.stream().anyMatch(t -> t.to() == s.from()
        && plural(tokens.get(s.from() - 1)))
        && programme.session(s.entity().id()).filter(session -> otherBefore(session.title(), tokens.get(s.from()),
        tokens.get(s.from() - 1))).isPresent())).toList();
  }

  private static boolean plural(String word) {
    return word.length() >= 4 && (word.endsWith("s") || word.endsWith("en"));
  }

  /** Whether {@code title} has {@code word} after another word than {@code before} ("bonbons maken"). */
  private static boolean otherBefore(String title, String word, String before) {
    List<String> words = NORMALISER.tokens(title);
    int at = words.indexOf(word);
    return at > 0 && !words.get(at - 1).equals(before);
  }
}
