package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.join;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/** What follows a "Nee, " that nothing more specific explains: what the programme has instead. */
final class YesNoInstead {
  /** What is said when nothing the question names is on the programme (after "Nee, "). */
  static final String NOTHING_THERE = "daar staat er niets op het programma.";

  private final Answering a;

  YesNoInstead(Answering a) {
    this.a = a;
  }

  /**
   * The one of the sessions the question names by title that is in the round it names, when the rest of the
   * question (a room, a person) rules it out.
   */
  private Optional<Session> inTheRound(Selection selection) {
    Optional<nl.dagwijzer.programme.Slot> round = a.query().first(Condition.InRound.class)
        .filter(r -> r.round() > 0).flatMap(r -> a.index().round(r.round()));
    if (round.isEmpty() || !selection.context().startsWith("in de ")) {
      return Optional.empty();
    }
    List<String> titled = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == nl.dagwijzer.nlu.EntityType.SESSION).map(c -> c.entity().id()).toList();
    var slot = round.get();
    // "zit groep rood in ronde 1 in de bakkerij?": where that group is in that round
    Optional<String> group = a.query().all(nl.dagwijzer.nlu.Detail.class).stream().flatMap(d -> d.group().stream())
        .findFirst();
    List<Session> forGroup = group.map(g -> AttendeeGroups.own(slot.sessions(), g)).orElse(List.of());
    if (forGroup.size() == 1) {
      return Optional.of(forGroup.get(0));
    }
    List<Session> in = selection.mentioned().stream().filter(s -> titled.contains(s.id()))
        .filter(slot.sessions()::contains).distinct().toList();
    return in.size() == 1 ? Optional.of(in.get(0)) : Optional.empty();
  }

  /** Why not: the subject as it is, or that nothing matches at all. */
  String text() {
    Selection selection = a.selection();
    String context = selection.context().isEmpty() ? "" : " " + selection.context();
    boolean edge = !selection.named() && (selection.parts().contains(nl.dagwijzer.nlu.DayPart.BEGIN)
        || selection.parts().contains(nl.dagwijzer.nlu.DayPart.EINDE));
    if (selection.named() && selection.at().isPresent() && !a.query().has(Condition.Lasting.class)
        && selection.subject().stream().map(Session::title).distinct().count() >= 2) {
      // "is er nu een workshop?" in the break: what is on then, and the next of the kind asked about (one named
      // session says its own times instead: "is de kinderhoek om half zeven nog open?")
      java.time.LocalTime at = selection.at().get();
      List<Session> then = a.programme().sessions().stream()
          .filter(s -> !s.start().isAfter(at) && s.end().isAfter(at)).limit(3).toList();
      Optional<Session> next = selection.subject().stream().filter(s -> s.start().isAfter(at)).findFirst();
      Optional<Session> last = selection.subject().stream().filter(s -> !s.end().isAfter(at))
          .max(java.util.Comparator.comparing(Session::end));
      if (next.isEmpty() && last.isPresent() && a.query().has(Condition.Progress.class)) {
        // "is er om 14:50 nog een proefles bezig?" after the last: when that one ended
        return "om " + DutchText.time(at) + " niet meer: de laatste, " + a.withSpeakers(last.get()) + ", was van "
            + DutchText.time(last.get().start()) + " tot " + DutchText.time(last.get().end()) + ".";
      }
      if (!then.isEmpty() || next.isPresent()) {
        return (context.isEmpty() ? "" : context.strip() + " niet") + (then.isEmpty() ? "." : "; dan: "
            + join(then.stream().map(DutchText::spanned).toList()) + ".")
            + next.map(s -> " Het eerstvolgende: " + a.whenAndWhere(s) + ".").orElse("");
      }
    }
    Optional<Session> inRound = inTheRound(selection);
    if (inRound.isPresent()) {
      // "is wondzorg in ronde 3 ook in de eikenzaal?": where and with whom it is in that round
      Session session = inRound.get();
      return context.strip() + " is " + a.withSpeakers(session) + session.room().map(r -> " in " + r)
          .orElse(" van " + DutchText.time(session.start()) + " tot " + DutchText.time(session.end())) + ".";
    }
    if ((selection.named() || edge) && !selection.subject().isEmpty()) {
      List<Session> subject = selection.subject();
      Optional<LocalTime> asked = selection.at().or(() -> a.query().all(Condition.From.class).stream()
          .map(Condition.From::time).findFirst());
      if (asked.isPresent() && subject.size() > 3) {
        // "is er om 18:30 (na 16:00) nog een rondleiding?": the ones nearest that time, not the first three of the day
        int at = asked.get().toSecondOfDay();
        subject = subject.stream().sorted(java.util.Comparator.comparingInt(s -> Math.min(Math.abs(
            s.start().toSecondOfDay() - at), Math.abs(s.end().toSecondOfDay() - at)))).limit(2)
            .sorted(java.util.Comparator.comparing(Session::start)).toList();
      }
      boolean lengths = a.query().has(Condition.Lasting.class);
      String what = join(subject.stream().limit(3)
          .map(s -> {
            String when = DutchText.when(s);
            // a session shorter than its block already says how long it lasts ("duurt 45 minuten en valt tussen")
            // "duurt de video een kwartier?" when its description says ten minutes of a block of fifteen
            String said = lengths ? a.index().descriptions().lengthSentence(s).map(t -> " (uit de beschrijving: "
                + t + ")").orElse("") : "";
            return a.withSpeakers(s) + (lengths && !when.startsWith("duurt") ? " duurt "
                + DutchText.minutes(a.index().descriptions().minutes(s)) + said + " en" : "") + " " + when
                + TimeWriter.room(s);
          }).toList());
      return (context.isEmpty() ? "" : context.strip() + " niet: ") + what
          + (subject.size() > 3 ? " (en nog " + (subject.size() - 3) + " meer)" : "") + ".";
    }
    // "mag de hond mee naar de pastorietuin?" where "hond" names a topic the pastorietuin is not in, and it says
    // "Honden zijn hier niet toegestaan": no, from there
    Optional<TopicSentence> denied = a.query().asked() == nl.dagwijzer.nlu.Asked.YESNO
        ? TopicSentence.in(a, TopicSentence.named(a)).filter(TopicSentence::denies) : Optional.empty();
    if (selection.named() && denied.isPresent()) {
      return Descriptions.from(denied.get().session(), denied.get().sentence());
    }
    if (selection.named()) {
      return DutchText.lowerFirst(Missing.combination(a));
    }
    return (context.isEmpty() ? NOTHING_THERE : context.strip() + " staat er niets op het programma.")
        + " " + DutchText.dayRuns(a.programme());
  }
}
