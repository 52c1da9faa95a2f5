package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.capitalise;
import static nl.dagwijzer.answer.DutchText.time;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * How long something lasts: a wait, the time between two parts, several parts together, the day, or each session
 * asked about (compared when the question asks which is longer); split from {@link TimeWriter}, which says when.
 */
final class DurationWriter {
  /** How a reply that names the longer or shorter of the sessions asked about begins ({@link ReportedReading}). */
  static final String LONGEST_HEAD = "Het langst duurt ";
  static final String SHORTEST_HEAD = "Het kortst duurt ";

  private final Answering a;

  DurationWriter(Answering a) {
    this.a = a;
  }

  Written duration() {
    Optional<Written> wait = LabelledTime.waitFor(a).or(() -> new WaitWriter(a).answer());
    if (wait.isPresent()) {
      return wait.get();
    }
    Optional<Written> gap = gap().or(() -> new UnitLength(a).answer());
    if (gap.isPresent()) {
      return gap.get();
    }
    if (a.query().hasDetail("samen")
        && a.sessions().size() >= 2) {
      // "hoe lang duren de twee talks samen?"
      List<Session> together = a.sessions();
      List<LocalTime[]> blocks = Sessions.blocks(together);
      if (blocks.size() < together.size()) {
        // "hoe lang duren de twee tafelrondes bij elkaar?": parallel sessions take the same time once
        int total = blocks.stream().mapToInt(b -> (int) Duration.between(b[0], b[1]).toMinutes()).sum();
        return Written.text("Samen " + DutchText.minutes(total) + ": " + DutchText.join(blocks.stream()
            .map(b -> DutchText.range(b[0], b[1])).toList()) + ".").turningTo(together);
      }
      int total = together.stream().mapToInt(Session::lengthMinutes).sum();
      return Written.text("Samen " + DutchText.minutes(total) + ": " + DutchText.join(together.stream()
          .map(s -> DutchText.name(s) + " " + DutchText.minutes(s.lengthMinutes())).toList()) + ".")
          .turningTo(together);
    }
    Selection selection = a.selection();
    if (selection.sessions().isEmpty()) {
      if (!selection.missing().isEmpty()) {
        return Missing.part(a.programme(), selection.missing().get(0));
      }
      if (a.query().hasDetail("wachttijd")) {
        return Written.text("Hoe lang je moet wachten, staat niet in het programma.");
      }
      if (selection.named() || selection.constrained()) {
        return Written.text("Daarvoor staat geen duur in het programma.");
      }
      DayEdges edges = new DayEdges(a.programme());
      if (edges.trimmed()) {
        // "hoe lang duurt de bijeenkomst?": without the walk-in and the optional end, which are said apart
        return Written.text("Het programma duurt " + DutchText.minutes(edges.minutes()) + ", van "
            + time(edges.start().start()) + " tot " + time(edges.end()) + edges.around() + ".");
      }
      LocalTime first = a.programme().firstStart().orElseThrow();
      LocalTime last = a.programme().lastEnd().orElseThrow();
      int minutes = (int) Duration.between(first, last).toMinutes();
      return Written.text("Het programma duurt van " + time(first) + " tot " + time(last) + ", "
          + DutchText.minutes(minutes) + ".");
    }
    List<Session> shown = selection.sessions();
    Optional<Written> parts = a.query().order().isEmpty() ? PartTimes.duration(a, shown) : Optional.empty();
    if (parts.isPresent()) {
      return parts.get();
    }
    String head = "";
    if (a.query().order().isPresent() && selection.subject().size() > 1 && selection.named()) {
      // "wat duurt langer, de inleiding of de pauze?": the answer, then each one's length to compare.
      boolean longest = a.query().order().get() == nl.dagwijzer.nlu.Query.Order.LONGEST;
      head = (longest ? LONGEST_HEAD : SHORTEST_HEAD) + DutchText.join(shown.stream()
          .map(DutchText::name).distinct().toList()) + ".\n";
      shown = selection.subject();
      List<Session> two = shown.stream().sorted(java.util.Comparator.comparingInt(Session::lengthMinutes).reversed())
          .toList();
      if (two.size() == 2 && a.query().hasDetail("verschil")) {
        // "hoeveel langer duurt de lezing dan de vragenronde?": the difference, then each one's length
        int more = two.get(0).lengthMinutes() - two.get(1).lengthMinutes();
        head = more == 0 ? "Ze duren even lang.\n" : DutchText.capitalise(DutchText.name(two.get(0))) + " duurt "
            + DutchText.minutes(more) + " langer dan " + DutchText.name(two.get(1)) + ".\n";
      }
    }
    List<String> lines = new java.util.ArrayList<>(shown.stream().map(this::lasts).toList());
    if (shown.size() == 1 && head.isEmpty()) {
      // "hoe lang ben je bezig?": "reken op 20 minuten", unless the length is that sentence's already
      Session one = shown.get(0);
      UnitLength.within(one).filter(sentence -> !lines.get(0).contains(sentence))
          .ifPresent(sentence -> lines.add(DutchText.capitalise(Descriptions.from(one, sentence))));
    }
    return Written.text(head + String.join("\n", DutchText.limited(lines, "noem er één voor de duur ervan.")))
        .turningTo(selection.sessions());
  }

  /** "hoeveel tijd zit er tussen het einde van het debat en de eerste ronde?": from the one's end to the other's start. */
  private Optional<Written> gap() {
    Optional<Condition.Relative> between = a.query().first(Condition.Relative.class)
        .filter(r -> r.relation() == Condition.Relation.BETWEEN && !r.target().isEmpty());
    if (between.isEmpty()) {
      return Optional.empty();
    }
    Relations relations = new Relations(a.index(), List.of());
    List<Session> named = relations.target(between.get().target());
    // "tussen het einde van de eerste handdemo en het begin van de tweede": one title given twice or more
    boolean repeated = named.size() >= 2 && named.stream().map(Session::title).distinct().count() == 1;
    List<Session> until = relations.target(between.get().until()); // ("het begin van de tweede": no name of its own)
    List<Session> to = !until.isEmpty() ? until : repeated ? named : List.of();
    if (named.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    // "van de laatste workshop tot de afsluiting": that block of the first name
    List<Session> from = a.query().all(Detail.class).stream().flatMap(d -> d.targetBlock().stream())
        .<List<Session>>map(n -> List.of(named.get(n < 0 ? named.size() - 1 : Math.min(n, named.size()) - 1)))
        .findFirst().orElse(named);
    // "van het begin van de markt tot de pitches": when the other starts while the one is on, from its start
    boolean fromStart = a.query().hasDetail("vanaf-begin");
    LocalTime end = !fromStart && to.stream().anyMatch(s -> !s.start().isBefore(from.get(0).end()))
        ? from.get(0).end() : from.get(0).start();
    Optional<Session> next = to.stream().filter(s -> !s.start().isBefore(end) && !s.equals(from.get(0))).findFirst();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    int minutes = (int) Duration.between(end, next.get().start()).toMinutes();
    String edge = end.equals(from.get(0).end()) ? "het einde" : "het begin";
    return Optional.of(Written.text("Tussen " + edge + " van " + DutchText.name(from.get(0)) + " (" + time(end)
        + ") en het begin van " + DutchText.name(next.get()) + " (" + time(next.get().start()) + ") zit"
        + (minutes == 0 ? " geen tijd." : " " + DutchText.minutes(minutes) + ".")));
  }

  private String lasts(Session session) {
    Optional<String> said = a.index().descriptions().lengthSentence(session);
    if (said.isPresent()) {
      // "hoe lang duurt de video?" when it fills ten minutes of a block of fifteen
      return capitalise(a.withSpeakers(session)) + " duurt " + DutchText.minutes(a.index().descriptions()
          .minutes(session)) + " (uit de beschrijving: " + said.get() + ") en valt tussen " + time(session.start())
          + " en " + time(session.end()) + ".";
    }
    String where = session.shorterThanBlock()
        ? ", ergens tussen " + time(session.start()) + " en " + time(session.end())
            + "; hoe laat precies staat niet in het programma"
        : ", van " + time(session.start()) + " tot " + time(session.end());
    return capitalise(a.withSpeakers(session)) + " duurt " + DutchText.minutes(session.lengthMinutes()) + where
        + ".";
  }
}
