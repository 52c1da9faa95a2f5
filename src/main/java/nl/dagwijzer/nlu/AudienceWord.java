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
