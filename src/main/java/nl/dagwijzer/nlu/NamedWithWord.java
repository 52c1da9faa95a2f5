package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "de finale van de heren", "de halve finale bij de dames" on a day of "Finale heren" and "Halve finales dames": a
 * name, then "van de", "bij de" or "voor de" and one more word, that together (with the word just before the name,
 * "halve") are the title of one session. That session is meant, not the whole series the name alone stands for.
 * {@link JoinedNames} joins two names said with at most one word between; here the second is any word.
 */
final class NamedWithWord {
  private static final Set<String> BETWEEN = Set.of("van", "bij", "voor");
  private static final Set<String> ARTICLES = Set.of("de", "het");

  private NamedWithWord() {
  }

  /** {@code names} with each such name and word made one span of that session. */
  static List<Span> join(List<Span> names, List<String> tokens, Gazetteer gazetteer) {
    List<Span> joined = new ArrayList<>(names);
    for (Span name : names) {
      int word = name.to() + 2;
      if (word >= tokens.size() || !BETWEEN.contains(tokens.get(name.to()))
          || !ARTICLES.contains(tokens.get(name.to() + 1)) || !joined.contains(name)
          || names.stream().anyMatch(s -> s.from() <= word && word < s.to() && s.to() - s.from() > 1)) {
        continue;
      }
      int first = name.from() < tokens.size() && ARTICLES.contains(tokens.get(name.from())) ? name.from() + 1
          : name.from();
      List<String> words = new ArrayList<>(tokens.subList(first, name.to()));
      words.add(tokens.get(word));
      boolean before = first > 0 && !ARTICLES.contains(tokens.get(first - 1));
      List<Entity> sessions = before ? titled(prepend(tokens.get(first - 1), words), gazetteer) : List.of();
      int from = sessions.isEmpty() ? name.from() : first - 1;
      if (sessions.isEmpty()) {
        sessions = titled(words, gazetteer);
      }
      if (sessions.isEmpty()) {
        continue;
      }
      replace(joined, from, word + 1, sessions.stream().map(Entity::id).toList(), tokens);
      likewise(joined, tokens, gazetteer, from == first - 1 ? prepend(tokens.get(from), words) : words, word + 1);
    }
    return joined;
  }

  /** "... of die van de heren": the same name with the later word, when that too is a title. */
  private static void likewise(List<Span> joined, List<String> tokens, Gazetteer gazetteer, List<String> words,
      int after) {
    for (int i = after; i + 3 < tokens.size(); i++) {
      int word = i + 3;
      if (tokens.get(i).equals("die") && BETWEEN.contains(tokens.get(i + 1)) && ARTICLES.contains(tokens.get(i + 2))) {
        List<String> other = new ArrayList<>(words.subList(0, words.size() - 1));
        other.add(tokens.get(word));
        List<Entity> sessions = titled(other, gazetteer);
        if (!sessions.isEmpty()) {
          replace(joined, i, word + 1, sessions.stream().map(Entity::id).toList(), tokens);
        }
        return;
      }
    }
  }

  /**
   * {@code spans} with those inside the words from {@code from} to {@code to} replaced by one span of each session
   * in {@code ids}, as said there; {@link TitleStarts} joins names the same way.
   */
  static void replace(List<Span> spans, int from, int to, java.util.Collection<String> ids, List<String> tokens) {
    spans.removeIf(s -> s.from() >= from && s.to() <= to);
    String said = String.join(" ", tokens.subList(from, to));
    ids.forEach(id -> spans.add(new Span(from, to, new Entity(EntityType.SESSION, id, said))));
  }

  private static List<String> prepend(String word, List<String> words) {
    List<String> all = new ArrayList<>(List.of(word));
    all.addAll(words);
    return all;
  }

  /** The sessions whose whole name {@code words} are, when those words name sessions only. */
  private static List<Entity> titled(List<String> words, Gazetteer gazetteer) {
    List<Gazetteer.Match> whole = gazetteer.find(words).stream()
        .filter(m -> m.from() == 0 && m.to() == words.size()).toList();
    return whole.isEmpty() || whole.stream().anyMatch(m -> m.entity().type() != EntityType.SESSION) ? List.of()
        : whole.stream().map(Gazetteer.Match::entity).distinct().toList();
  }
}
