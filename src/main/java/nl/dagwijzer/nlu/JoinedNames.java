package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "de finale van categorie C" on a day with the session "Finale categorie C", the topic alias "de finale" and the
 * alias "categorie c" of its heat: two names said one after the other (a "van" or "voor" between them) that together
 * are one session's title, read as that session rather than as the two names each on its own.
 */
final class JoinedNames {
  /** Words that may stand between the two names ("de finale van categorie c"). */
  private static final Set<String> BETWEEN = Set.of("van", "voor", "in");
  /** Articles a name may begin with that a title leaves out. */
  private static final Set<String> ARTICLES = Set.of("de", "het", "een");

  private JoinedNames() {
  }

  /** {@code names} (spans of the gazetteer's names in the question) with each such pair made one. */
  static List<Span> join(List<Span> names, List<String> tokens, Gazetteer gazetteer) {
    if (names.size() < 2) {
      return names; // most questions: nothing to join, so no work on this path
    }
    List<List<Span>> stretches = stretches(names);
    // "de signeersessie van Sanne of die van Youssef": the later name goes with the first word too
    int likewise = java.util.stream.IntStream.range(0, tokens.size() - 1)
        .filter(i -> tokens.get(i).equals("die") && tokens.get(i + 1).equals("van")).findFirst().orElse(-1);
    List<Span> joined = new ArrayList<>(names);
    for (int i = 0; i + 1 < stretches.size(); i++) {
      List<Span> first = stretches.get(i);
      List<Span> second = stretches.get(i + 1);
      Optional<Entity> session = together(first, second, true, tokens, gazetteer);
      if (session.isEmpty()) {
        continue;
      }
      Optional<List<Span>> later = likewise < 0 ? Optional.empty() : stretches.stream()
          .filter(s -> s.get(0).from() == likewise + 2).findFirst();
      Optional<Entity> alike = later.flatMap(s -> together(first, s, false, tokens, gazetteer));
      if (likewise >= 0 && (alike.isEmpty() || likewise < second.get(0).to())) {
        // ("is de casus van module 6 even lang als die van module 5?" with no casus of module 5: neither is joined)
        return names;
      }
      replace(joined, List.of(first, second), session.get(), tokens);
      alike.ifPresent(entity -> replace(joined, List.of(later.get()), entity, tokens));
      i++;
    }
    return joined;
  }

  /** The names grouped by the stretch of words they cover, in the order of the question ({@link SharedNames} too). */
  static List<List<Span>> stretches(List<Span> names) {
    Map<Long, List<Span>> byStretch = new LinkedHashMap<>();
    names.stream().sorted(java.util.Comparator.comparingInt(Span::from))
        .forEach(s -> byStretch.computeIfAbsent(((long) s.from() << 32) | s.to(), k -> new ArrayList<>()).add(s));
    return new ArrayList<>(byStretch.values());
  }

  /**
   * The one session whose name is the two names' words together, when there is one; {@code adjacent}: the second
   * said right after the first, or after one word between them.
   */
  private static Optional<Entity> together(List<Span> first, List<Span> second, boolean adjacent,
      List<String> tokens, Gazetteer gazetteer) {
    Span one = first.get(0);
    Span other = second.get(0);
    int gap = other.from() - one.to();
    if (adjacent && (gap < 0 || gap > 1 || gap == 1 && !BETWEEN.contains(tokens.get(one.to())))) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>(withoutArticle(tokens.subList(one.from(), one.to())));
    words.addAll(withoutArticle(tokens.subList(other.from(), other.to())));
    List<Gazetteer.Match> whole = gazetteer.find(words).stream()
        .filter(m -> m.from() == 0 && m.to() == words.size()).toList();
    if (whole.size() != 1 || whole.get(0).entity().type() != EntityType.SESSION
        || java.util.stream.Stream.concat(first.stream(), second.stream())
        .anyMatch(s -> s.entity().id().equals(whole.get(0).entity().id()))) {
      return Optional.empty();
    }
    return Optional.of(whole.get(0).entity());
  }

  /** {@code stretches} of names made one name, of {@code session}, from the first's start to the last's end. */
  private static void replace(List<Span> joined, List<List<Span>> stretches, Entity session, List<String> tokens) {
    stretches.forEach(joined::removeAll);
    int from = stretches.get(0).get(0).from();
    int to = stretches.get(stretches.size() - 1).get(0).to();
    String said = String.join(" ", tokens.subList(from, to));
    joined.add(new Span(from, to, new Entity(session.type(), session.id(), said)));
  }

  private static List<String> withoutArticle(List<String> words) {
    return !words.isEmpty() && ARTICLES.contains(words.get(0)) ? words.subList(1, words.size()) : words;
  }
}
