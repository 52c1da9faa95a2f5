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
      // "is er een workshop glas fusen?", "een workshop 3d-printen": words no name covers, up to the next small word
      int end = next;
      while (end < tokens.size() && unnamed(tokens.get(end), end, spans)) {
        end++;
      }
      if (end > next && tokens.subList(next, end).stream().anyMatch(t -> t.length() >= 4)) {
        conditions.add(new Detail(PREFIX + kind.entity().text() + BETWEEN + String.join(" ",
            tokens.subList(next, end))));
        return;
      }
    }
  }

  /** Small words that end the words after a kind: "is er een workshop fusen voor kinderen?". */
  private static final Set<String> SMALL = Set.of("voor", "met", "over", "in", "op", "bij", "van", "om", "die", "dat",
      "waar", "waarbij", "waarin", "speciaal", "ook", "alleen", "nog", "er", "de", "het", "een", "te", "en", "of",
      "vandaag", "hier", "vanmiddag", "vanochtend", "vanavond", "zelf", "nu", "straks", "later", "tussen", "na",
      "tijdens", "rond", "vanaf", "tot", "voordat", "nadat", "als", "wanneer", "daarna", "eerst", "tussendoor",
      // what is said of the session, not a kind of it: "is er nu een workshop bezig?"
      "bezig", "gaande", "begonnen", "gestart", "afgelopen", "voorbij", "geweest", "gepland", "ingepland", "open",
      "vol", "gratis", "mogelijk", "nodig", "verplicht", "inbegrepen", "geschikt", "toegankelijk");

  private static boolean unnamed(String token, int at, List<Span> spans) {
    // ("3d" of "3d-printen" is a word too; "fusen", a word nothing has, was marked as such; a thing the programme
    // does not have, "een workshop over ransomware", is said so as any such thing)
    return !SMALL.contains(token) && token.length() >= 2 && token.chars().anyMatch(Character::isLetter)
        && spans.stream().noneMatch(s -> s.from() <= at && at < s.to() && !(s.entity().type() == EntityType.UNKNOWN
        && s.entity().id().startsWith("word:")));
  }

  /** The kind and the name said after it, when the question joins them. */
  public static Optional<List<String>> of(Query query) {
    return query.detailAfter(PREFIX).map(w -> List.of(w.split("\\" + BETWEEN, 2)));
  }
}
