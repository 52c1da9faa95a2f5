package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.bullets;
import static nl.dagwijzer.answer.DutchText.capitalise;
import static nl.dagwijzer.answer.DutchText.item;
import static nl.dagwijzer.answer.DutchText.join;
import static nl.dagwijzer.answer.DutchText.range;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Topic;

/** What a session or topic is about, in the programme's own words. */
final class ContentWriter {
  private final Answering a;

  ContentWriter(Answering a) {
    this.a = a;
  }

  /** {@code event} answers when the question names nothing: then it asks what the day is about. */
  Written about(String event) {
    Selection selection = a.selection();
    List<String> parts = new ArrayList<>();
    if (!selection.explicitSessions() && !selection.constrained()) {
      selection.topics().forEach(topic -> parts.add(topicText(topic)));
    } else if (namedAsTopic()) {
      // "wat is de Roze Loper?" when a session has that name too: what the word means, then the session
      selection.topics().forEach(topic -> parts.add(capitalise(topic.name()) + ": " + topic.explanation()));
    }
    if (parts.isEmpty() && !selection.missing().isEmpty() && selection.isEmpty()) {
      return Missing.part(a.programme(), selection.missing().get(0));
    }
    if ((parts.isEmpty() || namedAsTopic()) && (selection.named() || selection.constrained())) {
      List<List<Session>> alike = alike(selection.sessions());
      alike.stream().limit(3).forEach(same -> parts.add(sessionText(same)));
      if (alike.size() > 3) {
        parts.add("… en nog " + (alike.size() - 3) + " meer; noem er één voor wat erover gezegd wordt.");
      }
    }
    if (parts.isEmpty()) {
      return Written.text(event);
    }
    return Written.text(String.join("\n\n", parts)).turningTo(selection.sessions());
  }

  /** Every session was named only by the words that name an explained topic. */
  private boolean namedAsTopic() {
    List<Condition.About> about = a.query().all(Condition.About.class);
    List<String> topicWords = about.stream().filter(c -> c.entity().type() == EntityType.TOPIC)
        .map(c -> c.entity().text().toLowerCase(Locale.ROOT)).toList();
    List<Condition.About> sessions = about.stream().filter(c -> c.entity().type() == EntityType.SESSION).toList();
    return a.selection().explicitSessions() && !a.selection().constrained() && !sessions.isEmpty()
        && !a.selection().topics().isEmpty()
        && a.selection().topics().stream().noneMatch(t -> t.explanation().isBlank())
        && sessions.stream().allMatch(c -> topicWords.contains(c.entity().text().toLowerCase(Locale.ROOT)));
  }

  private String topicText(Topic topic) {
    String text = capitalise(topic.name()) + (topic.explanation().isEmpty() ? "" : ": " + topic.explanation());
    List<String> sessions = topic.sessionIds().stream().map(a.programme()::session).flatMap(Optional::stream)
        .map(s -> item(a.programme(), s) + ", " + range(s)).toList();
    return sessions.isEmpty() ? text : text + "\nDaarover gaat: " + join(sessions) + ".";
  }

  /** A workshop given three times is one text: sessions of the same title and summary, in programme order. */
  private static List<List<Session>> alike(List<Session> sessions) {
    java.util.Map<String, List<Session>> byText = new java.util.LinkedHashMap<>();
    sessions.forEach(s -> byText.computeIfAbsent(s.title() + "\n" + s.summary(), k -> new ArrayList<>()).add(s));
    return new ArrayList<>(byText.values());
  }

  private String sessionText(List<Session> same) {
    Session session = same.get(0);
    if (same.size() == 1) {
      return sessionText(session, range(session) + TimeWriter.room(session), session.details());
    }
    List<String> times = same.stream().map(s -> range(s) + TimeWriter.room(s).replace(", in ", " in ")).toList();
    List<String> details = same.stream().flatMap(s -> s.details().stream()).distinct().toList();
    return sessionText(session, same.size() + " keer (" + join(times) + ")", details);
  }

  private String sessionText(Session session, String when, List<String> details) {
    String head = capitalise(item(a.programme(), session)) + ", " + when;
    if (session.summary().isEmpty() && details.isEmpty()) {
      return session.kind() == SessionKind.BREAK
          ? head + ", is een pauze."
          : head + ": meer staat er niet over in het programma.";
    }
    String text = session.summary().isEmpty() ? head + "." : head + ": " + session.summary();
    if (!details.isEmpty()) {
      text += "\nAan bod komen:\n" + bullets(details);
    }
    return text;
  }
}
