package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.capitalise;
import static nl.dagwijzer.answer.DutchText.range;
import static nl.dagwijzer.answer.DutchText.time;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Slot;

/**
 * When something is; never a start time inside a block the programme does not give ({@link DurationWriter} says how
 * long).
 */
final class TimeWriter {
  private final Answering a;

  TimeWriter(Answering a) {
    this.a = a;
  }

  Written when() {
    Optional<Written> arrival = ArrivalTime.answer(a).or(() -> LatestTime.answer(a)) // "hoe laat moet ik er zijn?"
        .or(() -> LabelledTime.when(a)); // "hoe laat gaat golf 2?": as a description sets it
    if (arrival.isPresent()) {
      return arrival.get();
    }
    Optional<Written> inner = InnerTimes.next(a);
    if (inner.isPresent()) {
      return inner.get();
    }
    Selection selection = a.selection();
    List<Session> sessions = selection.sessions();
    if (sessions.isEmpty() || !selection.named() && selection.parts().contains(DayPart.EINDE)
        && !selection.constrained()) {
      return Written.text(nothing());
    }
    if (!selection.named() && selection.parts().contains(DayPart.BEGIN) && !selection.constrained()) {
      return Written.text(start());
    }
    if (a.query().has(Condition.InRound.class) && sessions.size() > 1) {
      Session first = sessions.get(0);
      int round = a.query().first(Condition.InRound.class).orElseThrow().round();
      String which = round < 0 ? "laatste " : DutchText.ordinal(round) + " ";
      Optional<Condition.InPeriod> period = a.query().first(Condition.InPeriod.class);
      // "de avondronde": the round of the evening, the first of it only when it has more
      String ronde = period.map(p -> (round == 1 ? "" : which) + "ronde in " + p.period().phrase())
          .orElse(which + "ronde");
      LocalTime last = sessions.stream().map(Session::end).max(LocalTime::compareTo).orElseThrow();
      return Written.text("De " + ronde + " is van " + time(first.start()) + " tot "
          + time(last) + ": keuze uit " + DutchText.join(sessions.stream()
          .map(s -> DutchText.item(a.programme(), s)).toList()) + ".").turningTo(sessions);
    }
    Optional<Written> parts = PartTimes.when(a, sessions);
    if (parts.isPresent()) {
      return parts.get(); // "tot hoe laat loopt webinar 1?": the part as a whole, not each of its sessions
    }
    List<String> lines = RepeatedTimes.lines(a, sessions).orElseGet(() -> sessions.stream()
        .map(s -> capitalise(a.whenAndWhere(s)) + ".").toList());
    if (lines.size() == 1) {
      return Written.text(lines.get(0) + exactly(sessions.get(0))).turningTo(sessions);
    }
    return Written.text(speakerHeader() + String.join("\n", DutchText.limited(lines,
        "noem er één voor de tijd ervan."))).turningTo(sessions);
  }

  private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");

  /**
   * "hoe laat wordt de groepsfoto gemaakt?" of "Jubileumborrel en groepsfoto" (18:00–18:30) whose description says
   * "Om 18:15 maakt fotograaf ... een groepsfoto": the sentence that gives the named part its own time.
   */
  private String exactly(Session session) {
    List<String> named = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SESSION).map(c -> c.entity().text())
        .filter(t -> t.length() >= 5 && !t.contains(" ")).toList();
    for (String sentence : DescriptionIndex.sentences(session)) {
      List<String> tokens = a.index().descriptions().tokens(sentence);
      if (CLOCK.matcher(sentence).find() && named.stream().anyMatch(tokens::contains)) {
        return "\nUit de beschrijving: " + sentence;
      }
    }
    return InnerTimes.of(session).map(said -> "\nUit de beschrijving: " + said.sentence()).orElse("");
  }

  /**
   * "wanneer vertrekt de boot?" when no title names a boat but one session's description does ("Er passen 12 personen
   * in elke boot"): that session, when it is the only one whose texts have every word asked.
   */
  private Optional<Session> describedOnly() {
    List<String> words = a.query().textWords().stream()
        .filter(w -> w.length() >= 4).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    java.util.Map<Session, String> found = a.index().descriptions().having(words, List.of());
    if (found.size() != 1) {
      return Optional.empty();
    }
    Session session = found.keySet().iterator().next();
    List<String> tokens = a.index().descriptions().tokens(found.get(session));
    return words.stream().allMatch(w -> DescriptionIndex.mentions(tokens, w)) ? Optional.of(session) : Optional.empty();
  }

  private String nothing() {
    Selection selection = a.selection();
    Optional<Condition.InRound> round = a.query().first(Condition.InRound.class);
    if (round.isPresent() && round.get().round() > a.index().rounds().size()) {
      return Missing.round(a, round.get().round());
    }
    if (!selection.missing().isEmpty()) {
      return Missing.part(a.programme(), selection.missing().get(0)).text();
    }
    if (selection.parts().contains(DayPart.EINDE)) {
      return end();
    }
    if (selection.parts().contains(DayPart.BEGIN) && selection.constrained() && !selection.context().isEmpty()) {
      // "hoe laat begint het avondprogramma?" on a day without an evening: not the start of the day
      return capitalise(selection.context()) + (selection.named() ? " staat daar niets voor op het programma."
          : " staat er niets op het programma. Het programma loopt van " + time(a.programme().firstStart()
          .orElseThrow()) + " tot " + time(a.programme().lastEnd().orElseThrow()) + ".");
    }
    if (selection.parts().contains(DayPart.BEGIN)) {
      return start();
    }
    Optional<Session> described = !selection.named() && !selection.constrained() ? describedOnly() : Optional.empty();
    if (described.isPresent()) {
      return capitalise(a.whenAndWhere(described.get())) + "."; // "wanneer vertrekt de boot?": the boat trip's time
    }
    if (!selection.named() && !selection.constrained()) {
      return DayOpeningHours.of(a).map(hours -> hours + "\n").orElse("") + "Het programma loopt "
          + a.programme().event().date().map(d -> "op " + DutchText.date(d) + " ")
          .orElse("") + "van " + time(a.programme().firstStart().orElseThrow()) + " tot "
          + time(a.programme().lastEnd().orElseThrow()) + ". Wil je de tijd van een onderdeel weten? Noem het, "
          + "of een spreker, bijvoorbeeld: ‘" + ExampleQuestions.of(a.programme()).get(0) + "’";
    }
    if (selection.constrained() && !selection.context().isEmpty()) {
      return capitalise(selection.context()) + " staat daar niets voor op het programma.";
    }
    return Missing.combination(a);
  }

  static String room(Session session) {
    return session.room().map(r -> ", in " + r).orElse("");
  }

  private String speakerHeader() {
    Selection selection = a.selection();
    return selection.speakers().size() == 1 && !selection.explicitSessions() && !selection.constrained()
        ? selection.speakers().get(0).name() + " staat " + selection.sessions().size() + " keer op het programma:\n"
        : "";
  }

  String start() {
    DayEdges edges = new DayEdges(a.programme());
    Slot first = edges.start();
    // "hoe laat begint het?" on a day that opens with a walk-in: the real start, and the walk-in before it
    return DayOpeningHours.doorsAsked(a) + "Het programma begint om " + time(first.start()) + " met "
        + DutchText.slot(a.programme(), first)
        + edges.walkIn().map(w -> "; " + edges.walkInSaid().orElseThrow() + " is vanaf " + time(w.start()))
        .orElse("") + ".";
  }

  String end() {
    List<Slot> slots = a.programme().slots();
    Slot last = slots.get(slots.size() - 1);
    java.time.LocalTime end = a.programme().lastEnd().orElse(last.end());
    // "Uitgeversmarkt" 10:00–17:00 after the last talk that starts: the day lasts as long as it does
    Optional<Slot> longer = end.equals(last.end()) ? Optional.empty()
        : slots.stream().filter(s -> s.end().equals(end)).findFirst();
    return "Het programma loopt tot " + time(end) + longer.map(l -> " (" + DutchText.slot(a.programme(), l)
        + " tot " + time(end) + ")").orElse("") + "; het laatste onderdeel is "
        + DutchText.slot(a.programme(), last) + " (" + range(last.start(), last.end()) + ").";
  }
}
