package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.bullets;
import static nl.dagwijzer.answer.DutchText.capitalise;
import static nl.dagwijzer.answer.DutchText.item;
import static nl.dagwijzer.answer.DutchText.join;
import static nl.dagwijzer.answer.DutchText.range;
import static nl.dagwijzer.answer.DutchText.time;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Slot;

/**
 * What is on: now, next, at a time, in a room, in a round, after or during something, or whatever the conditions
 * select, grouped by block. A long list shows the first items and says how many more there are.
 */
final class ListWriter {
  private static final String SEE_ALL = "vraag ‘wat is het programma?’ voor alles.";

  private final Answering a;

  ListWriter(Answering a) {
    this.a = a;
  }

  Written list() {
    List<nl.dagwijzer.nlu.Condition> conditions = a.query().conditions();
    if (conditions.size() == 1 && a.query().order().isEmpty()) {
      Condition only = conditions.get(0);
      if (only instanceof Condition.AtNow at && at.minutesFromNow() == 0 || only instanceof Condition.At) {
        return now();
      }
      if (only instanceof Condition.AfterNow) {
        return next();
      }
      if (only instanceof Condition.About about && about.entity().type() == EntityType.PART
          && about.entity().id().equals(DayPart.WORKSHOPS.id())) {
        return workshops();
      }
      if (only instanceof Condition.Relative relative && relative.relation() == Condition.Relation.AFTER
          && !a.sessions().isEmpty()) {
        return after();
      }
    }
    Selection selection = a.selection();
    if (!selection.named() && !selection.constrained()) {
      return listed("Op het programma", a.programme().sessions());
    }
    if (selection.sessions().isEmpty()) {
      if (relativeOnly(Condition.Relation.DURING)) {
        // "wat gebeurt er tijdens het diner?" when nothing runs beside it: what its own description says happens
        List<Session> target = a.query().all(Condition.Relative.class).stream().flatMap(r -> r.target().stream())
            .filter(e -> e.type() == nl.dagwijzer.nlu.EntityType.SESSION)
            .flatMap(e -> a.programme().session(e.id()).stream()).distinct().toList();
        String own = target.size() == 1 && !target.get(0).summary().isBlank()
            ? " Het programma zegt erover: " + target.get(0).summary().strip() : "";
        return Written.text(capitalise(orElse(selection.context(), "daartijdens"))
            + " staat er niets anders op het programma." + own);
      }
      if (relativeOnly(Condition.Relation.AFTER)) {
        return Written.text(capitalise(orElse(selection.context(), "daarna")) + " staat er niets meer op het programma; het"
            + " programma eindigt om " + time(a.programme().lastEnd().orElseThrow()) + ".");
      }
      if (!selection.missing().isEmpty()) {
        return Missing.part(a.programme(), selection.missing().get(0));
      }
      if (selection.at().isPresent()) {
        // "wat is er nu in hal a?" when the room is empty at that time: what starts there next
        LocalTime at = askedTime();
        return RoomLater.answer(a, at, when(at)).orElseGet(this::now);
      }
      return Written.text(a.context("Daar") + " staat er niets op het programma." + instead());
    }
    if (tie(selection)) {
      Session first = selection.sessions().get(0);
      return Written.text("Ze duren allemaal even lang: " + DutchText.minutes(first.lengthMinutes()) + ". "
          + listed(a.context("Op het programma"), selection.sessions()).text()).turningTo(selection.sessions());
    }
    return listed(a.context("Op het programma"), selection.sessions());
  }

  /** "welke workshop is het kortst?" when every workshop lasts as long. */
  private boolean tie(Selection selection) {
    boolean byLength = a.query().order()
        .filter(o -> o == nl.dagwijzer.nlu.Query.Order.LONGEST || o == nl.dagwijzer.nlu.Query.Order.SHORTEST)
        .isPresent();
    return byLength && selection.sessions().size() > 1 && selection.sessions().size() == selection.subject().size();
  }

  private boolean relativeOnly(Condition.Relation relation) {
    List<Condition> conditions = a.query().conditions();
    return conditions.size() == 1 && conditions.get(0) instanceof Condition.Relative r && r.relation() == relation;
  }

  /** The sessions grouped by block, under a heading; one block on one line. */
  Written listed(String heading, List<Session> sessions) {
    Map<String, List<Session>> blocks = new LinkedHashMap<>();
    sessions.forEach(s -> blocks.computeIfAbsent(range(s), k -> new ArrayList<>()).add(s));
    List<String> lines = new ArrayList<>();
    Map<String, List<String>> spansOf = new LinkedHashMap<>();
    List<Overview.Entry> entries = new ArrayList<>();
    boolean lengths = a.query().has(Condition.Lasting.class) || a.query().order()
        .filter(o -> o == nl.dagwijzer.nlu.Query.Order.LONGEST || o == nl.dagwijzer.nlu.Query.Order.SHORTEST)
        .isPresent();
    blocks.forEach((span, block) -> {
      List<String> items = block.stream().map(s -> (lengths ? DutchText.withSpeakers(a.programme(), s) + ", "
          + DutchText.minutes(s.lengthMinutes()) : item(a.programme(), s)) + TimeWriter.room(s)).toList();
      String body = items.size() > 1 ? "keuze uit " + join(items) : items.get(0);
      lines.add(body + ", " + span);
      spansOf.computeIfAbsent(body, k -> new ArrayList<>()).add(span);
      entries.add(new Overview.Entry(span, capitalise(body)));
    });
    if (lines.size() > DutchText.LIST_LIMIT && spansOf.size() < lines.size()) {
      // a demonstration given three times is one line with its three times, so the list fits
      lines.clear();
      spansOf.forEach((body, spans) -> lines.add(body + ", " + join(spans)));
    }
    String text = lines.size() == 1 && sessions.size() <= DutchText.LIST_LIMIT
        ? heading + ": " + lines.get(0) + "."
        : heading + ":\n" + bullets(DutchText.limited(lines, SEE_ALL));
    return new Written(text, Optional.of(new Overview(heading, entries)), sessions);
  }

  /** What the programme has around an empty selection, so the asker sees where to look. */
  private String instead() {
    Selection selection = a.selection();
    if (selection.named() && !selection.subject().isEmpty() && selection.subject().size() <= 3) {
      return " " + join(selection.subject().stream()
          .map(s -> capitalise(a.withSpeakers(s)) + " " + DutchText.when(s)).toList()) + ".";
    }
    return " " + DutchText.dayRuns(a.programme());
  }

  private Optional<String> notToday() {
    return a.programme().event().date().filter(date -> !date.equals(a.today()))
        .map(date -> a.programme().event().title() + " is op " + DutchText.date(date) + "; vandaag ("
            + DutchText.date(a.today()) + ") staat er niets op het programma.");
  }

  /** ", in Aula" for a block of one session with a room: where to go now. */
  private static String roomOf(Slot slot) {
    return slot.parallel() ? "" : slot.sessions().get(0).room().map(r -> ", in " + r).orElse("");
  }

  /** The time a question asks about: the clock time it names, else the moment it points at, else now. */
  private LocalTime askedTime() {
    return a.query().first(Condition.At.class).map(Condition.At::time)
        .orElse(a.selection().at().orElse(a.now()));
  }

  /** "Om 14:00" for a time asked, "Nu (11:10)" for now. */
  private String when(LocalTime at) {
    return a.query().first(Condition.At.class).isPresent() ? "Om " + time(at) : "Nu (" + time(at) + ")";
  }

  Written now() {
    Optional<LocalTime> asked = a.query().first(Condition.At.class).map(Condition.At::time);
    if (asked.isEmpty() && notToday().isPresent()) {
      return Written.text(notToday().get());
    }
    Programme programme = a.programme();
    LocalTime at = askedTime();
    String when = when(at);
    // in the day's own order: at 23:50 of an evening past midnight, the set at 00:00 is still to come
    int minute = programme.minutes(at);
    List<Slot> running = programme.slots().stream().filter(s -> programme.runsAt(s.start(), s.end(), at)).toList();
    if (!running.isEmpty()) {
      List<Overview.Entry> entries = running.stream()
          .map(s -> new Overview.Entry(range(s.start(), s.end()), capitalise(DutchText.slot(programme, s))))
          .toList();
      String text = when + ": " + String.join("; ", DutchText.limited(running.stream()
          .map(s -> DutchText.slot(programme, s) + roomOf(s) + ", " + range(s.start(), s.end())).toList(), SEE_ALL))
          + ".";
      return new Written(text, Optional.of(new Overview(when, entries)),
          running.stream().flatMap(s -> s.sessions().stream()).toList());
    }
    Optional<Slot> upcoming = programme.slots().stream().filter(s -> programme.minutes(s.start()) > minute)
        .findFirst();
    if (upcoming.isEmpty()) {
      return Written.text(when + " staat er niets meer op het programma; het programma eindigde om "
          + time(programme.lastEnd().orElseThrow()) + ".");
    }
    Slot slot = upcoming.get();
    Optional<String> group = a.query().all(nl.dagwijzer.nlu.Detail.class).stream().flatMap(d -> d.group().stream())
        .findFirst().filter(g -> AttendeeGroups.named(programme.sessions(), g));
    List<Session> theirs = group.map(g -> AttendeeGroups.filter(slot.sessions(), g)).orElse(slot.sessions());
    if (!theirs.isEmpty() && theirs.size() < slot.sessions().size()) {
      // "ik zit in groep B, waar moet ik nu heen?": what that group has next, not also the other group's
      return Written.text(when + " staat er niets op het programma. Om " + time(slot.start()) + " voor "
          + AttendeeGroups.display(group.get()) + ": " + join(theirs.stream().map(s -> item(programme, s) + TimeWriter.room(s)).toList())
          + ".").turningTo(theirs);
    }
    boolean beforeStart = programme.firstStart().filter(first -> minute < programme.minutes(first)).isPresent();
    return Written.text(when + " staat er niets op het programma. " + (beforeStart
        ? "Het programma begint om " + time(slot.start()) + " met " + DutchText.slot(programme, slot) + "."
        : "Om " + time(slot.start()) + starts(slot) + ".")).turningTo(slot.sessions());
  }

  /** " begint de lunch", or for parallel sessions " beginnen tegelijk ‘A’, ‘B’ en ‘C’". */
  private String starts(Slot slot) {
    return slot.parallel()
        ? " beginnen tegelijk " + join(slot.sessions().stream().map(s -> item(a.programme(), s)).toList())
        : " begint " + DutchText.slot(a.programme(), slot);
  }

  Written next() {
    if (notToday().isPresent()) {
      return Written.text(notToday().get());
    }
    int now = a.programme().minutes(a.now());
    Optional<Slot> next = a.programme().slots().stream().filter(s -> a.programme().minutes(s.start()) > now)
        .findFirst();
    List<Slot> together = next.map(first -> a.programme().slots().stream()
        .filter(s -> s.start().equals(first.start())).toList()).orElse(List.of());
    if (together.size() > 1) {
      // a tour of 25 minutes and a demo of 20 that both start at 16:00 are both next
      return Written.text("Hierna, om " + time(together.get(0).start()) + ": " + join(together.stream()
          .map(s -> DutchText.slot(a.programme(), s) + " tot " + time(s.end())).toList()) + ".")
          .turningTo(together.stream().flatMap(s -> s.sessions().stream()).toList());
    }
    return Written.text(next
        .map(s -> "Hierna, van " + time(s.start()) + " tot " + time(s.end()) + ": "
            + DutchText.slot(a.programme(), s) + ".")
        .orElse("Hierna staat er niets meer op het programma."))
        .turningTo(next.map(Slot::sessions).orElse(List.of()));
  }

  /** "Na ‘Welkom’, van 10:05 tot 10:25: ...": what follows the session the question names. */
  private Written after() {
    Condition.Relative relative = a.query().first(Condition.Relative.class).orElseThrow();
    // "na ‘Welkom’", or "hierna" when what was on now is followed
    String anchor = capitalise(a.selection().context());
    List<Session> sessions = a.sessions();
    Session first = sessions.get(0);
    Slot slot = new Slot(first.start(), first.end(), sessions);
    String text = anchor + ", van " + time(first.start()) + " tot " + time(first.end()) + ": "
        + DutchText.slot(a.programme(), slot) + ".";
    return relative.target().isEmpty() ? Written.text(capitalise(text)).turningTo(sessions)
        : Written.text(text).turningTo(sessions);
  }

  Written workshops() {
    List<Slot> slots = a.programme().slots().stream()
        .filter(slot -> slot.sessions().stream().anyMatch(s -> s.kind() == SessionKind.WORKSHOP)).toList();
    if (slots.isEmpty()) {
      return Written.text(Missing.absent(DayPart.WORKSHOPS));
    }
    List<String> blocks = new ArrayList<>();
    List<Overview.Entry> entries = new ArrayList<>();
    for (Slot slot : slots) {
      List<String> lines = slot.sessions().stream().filter(s -> s.kind() == SessionKind.WORKSHOP)
          .map(this::workshopLine).toList();
      String heading = "Van " + time(slot.start()) + " tot " + time(slot.end())
          + (lines.size() > 1 ? " kun je kiezen uit:" : ":");
      blocks.add(heading + "\n" + bullets(lines));
      entries.add(new Overview.Entry(range(slot.start(), slot.end()), bullets(lines)));
    }
    return new Written(String.join("\n\n", DutchText.limited(blocks, SEE_ALL)),
        Optional.of(new Overview("Workshops", entries)));
  }

  private String workshopLine(Session session) {
    List<String> people = a.speakersOf(session).stream().map(nl.dagwijzer.programme.Speaker::name).toList();
    String by = people.isEmpty() ? "" : " door " + join(people);
    return DutchText.name(session) + by + ", " + DutchText.minutes(session.lengthMinutes()) + TimeWriter.room(session);
  }

  /** A context that says nothing ("na" a focus that is gone) is said as {@code instead}. */
  private static String orElse(String context, String instead) {
    return context.isBlank() ? instead : context;
  }
}
