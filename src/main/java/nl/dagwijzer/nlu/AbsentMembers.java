package nl.dagwijzer.nlu;

import java.util.List;

/**
 * "is er ook een kiesblok D?" on a day of Kiesblok A, B and C: the series word with a letter or number that no
 * member has is something the programme lacks, not the series itself (a member it has is matched as a longer name
 * first, "kiesblok B", and never reaches here).
 */
final class AbsentMembers {
  private AbsentMembers() {
  }

  static void mark(List<String> tokens, boolean[] taken, List<Span> spans) {
    for (Span span : List.copyOf(spans)) {
      int next = span.to();
      if (!SeriesNames.isSeries(span.entity()) || span.to() - span.from() != 1 || next >= tokens.size()
          || taken.length <= next || taken[next] || !SeriesNames.isMember(tokens.get(next))
          || tokens.get(next).equals("een")) {
        continue;
      }
      spans.removeIf(s -> s.from() == span.from());
      String words = tokens.get(span.from()) + " " + tokens.get(next);
      spans.add(new Span(span.from(), next + 1, new Entity(EntityType.UNKNOWN, "thing:" + words, words)));
      taken[next] = true;
    }
  }
}
