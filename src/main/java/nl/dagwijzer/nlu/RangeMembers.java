package nl.dagwijzer.nlu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Groep 3-4", "Groep 7-8": a name with a range of numbers is also named by each number in it ("groep 8", "mijn zoon
 * uit groep 3") and by the range written without its dash ("groep 78"), so no pupil's group is a group the
 * programme lacks.
 */
final class RangeMembers {
  /** A range wider than this is no list of members ("leeftijd 4-12"). */
  private static final int WIDEST = 3;

  private RangeMembers() {
  }

  static void add(List<Gazetteer.Entry> names) {
    Set<List<String>> taken = new HashSet<>();
    names.forEach(e -> taken.add(e.tokens()));
    for (Gazetteer.Entry entry : List.copyOf(names)) {
      List<String> tokens = entry.tokens();
      for (int i = 1; i + 1 < tokens.size(); i++) {
        Integer from = number(tokens.get(i));
        Integer to = number(tokens.get(i + 1));
        if (from == null || to == null || to <= from || to - from > WIDEST || !Character.isLetter(
            tokens.get(i - 1).charAt(0))) {
          continue;
        }
        List<List<String>> forms = new ArrayList<>();
        for (int n = from; n <= to; n++) {
          forms.add(List.of(tokens.get(i - 1), String.valueOf(n)));
        }
        forms.add(List.of(tokens.get(i - 1), tokens.get(i) + tokens.get(i + 1)));
        for (List<String> form : forms) {
          if (!taken.contains(form)) {
            names.add(new Gazetteer.Entry(entry.type(), entry.id(), form, names.size()));
          }
        }
      }
    }
  }

  private static Integer number(String token) {
    return DateWords.digits(token, 1, 2) ? Integer.valueOf(token) : null;
  }
}
