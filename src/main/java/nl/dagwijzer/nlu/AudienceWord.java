package nl.dagwijzer.nlu;

import java.util.List;
import java.util.Locale;
import nl.dagwijzer.programme.Programme;

/**
 * "mogen kinderen onder de 10 bij de demonstratie kijken?": "kinderen" is who comes, not the "Glasschildertafel voor
 * kinderen" whose title says it is for them, when the question names a session of its own. Alone ("wat is er voor
 * kinderen?") the word may still name that session, and a title that calls itself by it ("Voorronde kids") is named.
 */
final class AudienceWord {
  private AudienceWord() {
  }

  static List<Span> drop(List<Span> spans, Programme programme) {
    // ("hoeveel kinderen kunnen er tegelijk knopen leggen?": the same session as "Knopen leggen voor kinderen")
    List<String> others = spans.stream().filter(s -> named(s) && !child(s)).map(s -> s.entity().id()).toList();
    if (others.isEmpty() || spans.stream().noneMatch(s -> forChild(s, programme))) {
      return spans;
    }
    return spans.stream().filter(s -> !forChild(s, programme) || others.contains(s.entity().id())).toList();
  }

  /** Groups of people "voor de" makes those a session is for ("wat is er voor de meisjes?"), not a time before. */
  private static final java.util.Set<String> GROUPS = java.util.Set.of("meisjes", "jongens", "dames", "heren",
      "kinderen", "kids", "kleintjes", "kleuters", "peuters", "ouders", "ouderen", "senioren", "jongeren", "jeugd",
      "volwassenen", "leerlingen", "vrijwilligers", "bezoekers", "beginners", "gevorderden", "leden");

  /** "voor de meisjes", "voor de kids": the span is a group of people right after "voor de". */
  static boolean forGroup(List<String> tokens, Span span) {
    return span.from() >= 2 && span.to() == span.from() + 1 && GROUPS.contains(tokens.get(span.from()))
        && tokens.get(span.from() - 1).equals("de") && tokens.get(span.from() - 2).equals("voor");
  }

  private static boolean forChild(Span span, Programme programme) {
    return named(span) && child(span) && programme.session(span.entity().id())
        .filter(session -> session.title().toLowerCase(Locale.ROOT).endsWith(" voor " + span.entity().text()))
        .isPresent();
  }

  private static boolean named(Span span) {
    return span.entity().type() == EntityType.SESSION || SeriesNames.isSeries(span.entity());
  }

  private static boolean child(Span span) {
    return ChildWords.WORDS.contains(span.entity().text());
  }
}
