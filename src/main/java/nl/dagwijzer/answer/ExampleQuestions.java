package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Speaker;

/** Example questions for help and "I don't know" replies, made from the loaded programme so they always work. */
final class ExampleQuestions {
  private static final String MUNICIPALITY = "gemeente ";

  private ExampleQuestions() {
  }

  static List<String> of(Programme programme) {
    List<String> examples = new ArrayList<>();
    programme.sessions().stream().filter(s -> s.kind() == SessionKind.BREAK).reduce((a, b) -> b)
        .or(() -> programme.sessions().stream().findFirst())
        .ifPresent(s -> examples.add("wanneer is " + nameInQuestion(s) + "?"));
    programme.speakers().stream().filter(s -> s.organisation().startsWith(MUNICIPALITY)).reduce((a, b) -> b)
        .map(s -> "wie spreekt over " + s.organisation().substring(MUNICIPALITY.length()) + "?")
        .or(() -> programme.speakers().stream().findFirst().map(ExampleQuestions::whoIs))
        .ifPresent(examples::add);
    if (programme.sessions().stream().anyMatch(s -> s.kind() == SessionKind.WORKSHOP)) {
      examples.add("welke workshops zijn er?");
    }
    examples.add("wat is er nu?");
    return examples;
  }

  private static String whoIs(Speaker speaker) {
    return "wie is " + speaker.name() + "?";
  }

  private static String nameInQuestion(Session session) {
    return session.kind() == SessionKind.BREAK ? DutchText.withArticle(session.title().toLowerCase(Locale.ROOT))
        : session.title();
  }
}
