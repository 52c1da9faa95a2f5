package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "is er een proefcollege bedrijfskunde?", "is er een workshop pitchen?", "is er een proefles muziekproductie?": a
 * word for a kind of session with a name right after it asks whether one session is both, not whether either is
 * there. Read as a {@link Detail} that keeps both as they were said.
 */
public final class JoinedKind {
  private static final String PREFIX = "soort-met:";
  private static final String BETWEEN = "|";
  /** Words for a stretch of the day, not a kind: "is er een pauze om 12:00?" has no second name to join. */
  private static final Set<String> NO_KIND = Set.of(DayPart.BEGIN.id(), DayPart.EINDE.id());

  private JoinedKind() {
  }

  static void read(List<String> tokens, List<Span> spans, List<Condition> conditions) {
    if (!YesNoForm.isYesNo(tokens) || conditions.stream().noneMatch(c -> c instanceof Detail d
        && d.word().equals("er-is"))) {
      return;
    }
    for (Span kind : spans) {
      if (kind.entity().type() != EntityType.PART || NO_KIND.contains(kind.entity().id())) {
        continue;
      }
      int next = kind.to() < tokens.size() && tokens.get(kind.to()).equals("over") ? kind.to() + 1 : kind.to();
      Optional<Span> other = spans.stream().filter(s -> s.from() == next && !s.entity().equals(kind.entity())
          && (s.entity().type() == EntityType.SESSION || s.entity().type() == EntityType.PART
          // (a thing the programme does not have at all, "een workshop over ransomware", is said so as any such thing)
          || s.entity().type() == EntityType.UNKNOWN && (s.entity().id().startsWith("word:")
          || SeriesNames.isSeries(kind.entity()) && s.entity().id().startsWith("thing:")))).findFirst();
      if (other.isPresent()) {
        conditions.add(new Detail(PREFIX + kind.entity().text() + BETWEEN + other.get().entity().text()));
        return;
      }
    }
  }

  /** The kind and the name said after it, when the question joins them. */
  public static Optional<List<String>> of(Query query) {
    return query.detailAfter(PREFIX).map(w -> List.of(w.split("\\" + BETWEEN, 2)));
  }
}
