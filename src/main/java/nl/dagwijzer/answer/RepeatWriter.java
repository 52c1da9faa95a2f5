package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.join;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/**
 * "welke workshops worden twee keer gegeven?", "hoeveel workshops zijn er maar één keer?": sessions by how often
 * their title is on the programme, each title once with all its times.
 */
final class RepeatWriter {
  private final Answering a;

  RepeatWriter(Answering a) {
    this.a = a;
  }

  /** The reply when a listing or count asks how often sessions are given; empty otherwise. */
  Optional<Written> answer() {
    Optional<Condition.Occurs> occurs = a.query().first(Condition.Occurs.class);
    Asked asked = a.query().asked();
    if (occurs.isPresent() && asked == Asked.PEOPLE && a.selection().speakers().isEmpty()) {
      return Optional.of(people(occurs.get()));
    }
    if (occurs.isEmpty() || !a.selection().speakers().isEmpty() || asked != Asked.LIST && asked != Asked.COUNT) {
      return Optional.empty();
    }
    Map<String, List<Session>> byTitle = new LinkedHashMap<>();
    a.sessions().forEach(s -> byTitle.computeIfAbsent(s.title(), t -> new ArrayList<>()).add(s));
    String often = occurs.get().count() == 1 ? "één keer" : occurs.get().count() + " keer";
    if (byTitle.isEmpty()) {
      return Optional.of(Written.text("Niets daarvan staat " + often + " op het programma."));
    }
    List<String> lines = byTitle.values().stream().map(this::line).toList();
    boolean workshops = a.sessions().stream().allMatch(s -> s.kind() == nl.dagwijzer.programme.SessionKind.WORKSHOP);
    boolean one = byTitle.size() == 1;
    String noun = workshops ? (one ? "workshop" : "workshops") : (one ? "onderdeel" : "onderdelen");
    String head = asked == Asked.COUNT
        ? byTitle.size() + " " + noun + (one ? " staat " : " staan ") + often + " op het programma:"
        : DutchText.capitalise(often) + " op het programma:";
    return Optional.of(Written.text(head + "\n" + DutchText.bullets(DutchText.limited(lines,
        "noem er één voor de tijden."))).turningTo(a.sessions()));
  }

  /** "welke sprekers staan twee keer op het programma?": people by how many sessions they are in. */
  private Written people(Condition.Occurs occurs) {
    String times = occurs.count() == 1 ? "één keer" : occurs.count() + " keer";
    String often = switch (occurs.comparison()) {
      case MORE -> "vaker dan " + times;
      case LESS -> "minder dan " + times;
      case AT_LEAST -> "minstens " + times;
      case AT_MOST -> "hoogstens " + times;
      case NOT_EQUAL -> "niet " + times;
      case EQUAL -> times;
    };
    List<String> lines = new ArrayList<>();
    List<Session> theirs = new ArrayList<>();
    for (nl.dagwijzer.programme.Speaker speaker : a.programme().speakers()) {
      List<Session> sessions = a.programme().sessions().stream().filter(s -> s.speakerIds().contains(speaker.id()))
          .toList();
      if (!sessions.isEmpty() && Resolver.compare(sessions.size(), occurs.comparison(), occurs.count())) {
        lines.add(speaker.name() + ": " + join(sessions.stream().map(s -> DutchText.name(s) + " ("
            + DutchText.range(s) + ")").toList()));
        theirs.addAll(sessions);
      }
    }
    if (lines.isEmpty()) {
      return Written.text("Geen spreker staat " + often + " op het programma.");
    }
    return Written.text(DutchText.capitalise(often) + " op het programma:\n" + DutchText.bullets(DutchText.limited(
        lines, "noem er één voor de tijden."))).turningTo(theirs);
  }

  /** "‘Meldcode in de klas’ (Esther Oosterhuis): 10:15–11:30 en 13:30–14:45, in Zaal Groningen". */
  private String line(List<Session> same) {
    Session first = same.get(0);
    List<String> rooms = same.stream().flatMap(s -> s.room().stream()).distinct().toList();
    return a.withSpeakers(first) + ": " + join(same.stream().map(DutchText::span).toList())
        + (rooms.isEmpty() ? "" : ", in " + join(rooms));
  }
}
