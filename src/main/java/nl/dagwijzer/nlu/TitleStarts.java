package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;

/**
 * "de tweede omloop", "de halve finales" on a day of "Tweede omloop heren" and "Tweede omloop dames": the first words
 * of two or more different titles, which no session has as its whole name, stand for all those sessions, before the
 * topic "Omloop" or the series of every "Finale ..." that their last word alone would name.
 */
final class TitleStarts {
  /** Keys are the words of a start joined by spaces, so they sit beside {@link KindTails}' one-word kinds. */
  private static final String JOIN = " ";

  /** Words a start may not leave to itself nor end in ("Busrit naar ..."). */
  private static final Set<String> SMALL = Set.of("van", "naar", "de", "het", "een", "en", "met", "voor", "in", "op",
      "bij", "up", "off", "om", "tot", "uit", "aan");
  private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
      "eerste|tweede|derde|vierde|vijfde|zesde|laatste|\\d+(?:e|ste|de)");

  private TitleStarts() {
  }

  /** Each start of two words or more that different titles share, with the ids of their sessions. */
  static Map<String, Set<String>> of(Programme programme, TextNormaliser normaliser) {
    Map<String, Set<String>> ids = new HashMap<>();
    Map<String, Set<String>> titles = new HashMap<>();
    Set<String> whole = new HashSet<>();
    for (Session session : programme.sessions()) {
      List<String> words = normaliser.tokens(session.title());
      whole.add(key(words));
      session.aliases().forEach(alias -> whole.add(key(normaliser.tokens(alias))));
      for (int k = 2; k < words.size() && !SMALL.contains(words.get(k - 1)); k++) {
        String start = key(words.subList(0, k));
        ids.computeIfAbsent(start, s -> new LinkedHashSet<>()).add(session.id());
        titles.computeIfAbsent(start, s -> new HashSet<>()).add(session.title());
      }
    }
    ids.keySet().removeIf(start -> titles.get(start).size() < 2 || whole.contains(start));
    return Map.copyOf(ids);
  }

  /** {@code names} with the longest start said in the question made one span of each of its sessions. */
  static List<Span> join(List<Span> names, List<String> tokens, Map<String, Set<String>> starts) {
    if (starts.isEmpty() || names.isEmpty()) {
      return names; // (a start stands only where it takes the place of a name found in it)
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      for (int to = tokens.size(); to >= i + 2; to--) {
        Set<String> said = starts.get(key(tokens.subList(i, to)));
        Set<String> ids = said != null ? said : starts.get(key(plural(tokens.subList(i, to))));
        int from = i;
        int end = to;
        // ("de eerste manche ... bij de 85cc": a name said elsewhere that picks one of them already says which)
        if (ids != null && inside(names, tokens, from, end) && names.stream().noneMatch(s -> (s.to() <= from
            || s.from() >= end) && ids.contains(s.entity().id()))) {
          // (every name that overlaps the start lies inside it, so those inside are the ones it replaces)
          List<Span> joined = new ArrayList<>(names);
          NamedWithWord.replace(joined, from, end, ids, tokens);
          return joined;
        }
      }
    }
    return names;
  }

  /**
   * Only where the start takes the place of a shorter name and a word it left ("tweede" before the topic "omloop"),
   * not inside a longer name, nor where a name ("escape room", the series) already says the whole start.
   */
  private static boolean inside(List<Span> names, List<String> tokens, int from, int to) {
    List<Span> within = names.stream().filter(s -> s.from() < to && s.to() > from).toList();
    List<Integer> left = java.util.stream.IntStream.range(from, to).filter(k -> within.stream()
        .noneMatch(s -> s.from() <= k && k < s.to())).boxed().toList();
    // ("de eerste manche": of a series, an ordinal picks the time by itself, with the category said after it)
    boolean series = within.stream().anyMatch(s -> SeriesNames.isSeries(s.entity()));
    return !within.isEmpty() && within.stream().allMatch(s -> s.from() >= from && s.to() <= to) && !left.isEmpty()
        && left.stream().noneMatch(k -> SMALL.contains(tokens.get(k)) || series && ORDINAL.matcher(tokens.get(k))
        .matches());
  }

  /** "halve finale" for the titles' "halve finales". */
  private static List<String> plural(List<String> words) {
    List<String> all = new ArrayList<>(words.subList(0, words.size() - 1));
    String last = words.get(words.size() - 1);
    all.add(last + "s");
    return all;
  }

  private static String key(List<String> words) {
    return String.join(JOIN, words);
  }
}
