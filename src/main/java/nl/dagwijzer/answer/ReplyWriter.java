package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.bullets;
import static nl.dagwijzer.answer.DutchText.capitalise;
import static nl.dagwijzer.answer.DutchText.item;
import static nl.dagwijzer.answer.DutchText.join;
import static nl.dagwijzer.answer.DutchText.name;
import static nl.dagwijzer.answer.DutchText.range;
import static nl.dagwijzer.answer.DutchText.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Intent;
import nl.dagwijzer.programme.Event;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Slot;
import nl.dagwijzer.programme.Speaker;
import nl.dagwijzer.programme.Topic;

/**
 * Writes the Dutch reply for an intent from the programme alone. Every time, name and description comes from the
 * programme; when it does not say something, the reply says so instead of guessing.
 */
final class ReplyWriter {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
  /** Intents whose answer needs at least one session; a programme still being written has none. */
  private static final Set<Intent> EMPTY_ANSWERS_NOTHING = EnumSet.of(Intent.WHEN, Intent.WHO,
      Intent.ABOUT, Intent.DURATION, Intent.WORKSHOPS, Intent.PROGRAMME, Intent.NOW, Intent.NEXT, Intent.EVENT);

  private final Programme programme;
  private final Targets targets;
  private final LocalDate today;
  private final LocalTime now;

  ReplyWriter(Programme programme, Targets targets, LocalDate today, LocalTime now) {
    this.programme = programme;
    this.targets = targets;
    this.today = today;
    this.now = now;
  }

  /**
   * The text, for listings an overview of slots, and the sessions the reply turned to when the question did not
   * name them ("wat komt hierna?"), so that "en wie geeft dat?" can refer to them.
   */
  record Written(String text, Optional<Overview> overview, List<Session> turnedTo) {
    Written(String text, Optional<Overview> overview) {
      this(text, overview, List.of());
    }

    static Written text(String text) {
      return new Written(text, Optional.empty());
    }

    Written turningTo(List<Session> sessions) {
      return new Written(text, overview, sessions);
    }
  }

  Written write(Intent intent) {
    if (programme.sessions().isEmpty() && EMPTY_ANSWERS_NOTHING.contains(intent)) {
      return Written.text("Er staan nog geen onderdelen in het programma.");
    }
    return switch (intent) {
      case WHEN -> when();
      case WHO -> who();
      case PERSON -> person();
      case ABOUT -> about();
      case DURATION -> duration();
      case WORKSHOPS -> workshops();
      case PROGRAMME -> programme();
      case NOW -> now();
      case NEXT -> next();
      case EVENT -> Written.text(event());
      case GREETING -> Written.text("Hallo! Ik ben Dagwijzer en beantwoord je vragen over " + eventName()
          + ". Vraag bijvoorbeeld: ‘" + ExampleQuestions.of(programme).get(0) + "’");
      case THANKS -> Written.text("Graag gedaan! Vraag gerust verder als je nog iets wilt weten.");
      case HELP -> Written.text("Ik beantwoord vragen over het programma van " + eventName()
          + ": tijden, sprekers, workshops en waar de onderdelen over gaan. Vraag bijvoorbeeld:\n"
          + bullets(ExampleQuestions.of(programme)));
      case UNKNOWN -> Written.text(unknown());
    };
  }

  private String unknown() {
    List<String> examples = ExampleQuestions.of(programme).stream().map(q -> "‘" + q + "’").toList();
    return "Dat weet ik niet: ik ken alleen het programma van deze dag. Je kunt bijvoorbeeld vragen: "
        + DutchText.either(examples.subList(0, Math.min(3, examples.size()))) + ".";
  }

  private String eventName() {
    Event event = programme.event();
    return event.series().isEmpty() ? event.title() : event.series() + ": " + event.title();
  }

  private Written when() {
    if (targets.sessions().isEmpty()) {
      if (targets.parts().contains(DayPart.EINDE)) {
        return Written.text(end());
      }
      if (targets.parts().contains(DayPart.BEGIN)) {
        return Written.text(start());
      }
      if (targets.time().isPresent()) {
        return now();
      }
      return Written.text(targets.isEmpty()
          ? "Het programma loopt van " + time(programme.firstStart().orElseThrow()) + " tot "
              + time(programme.lastEnd().orElseThrow()) + ". Wil je de tijd van een onderdeel weten? Noem het, "
              + "of een spreker, bijvoorbeeld: ‘" + ExampleQuestions.of(programme).get(0) + "’"
          : "Daarvoor staat geen eigen tijd in het programma.");
    }
    if (targets.sessions().size() == 1) {
      Session session = targets.sessions().get(0);
      return Written.text(capitalise(withSpeakers(session)) + " " + DutchText.when(session) + room(session) + ".");
    }
    List<String> lines = targets.sessions().stream()
        .map(s -> capitalise(withSpeakers(s)) + " " + DutchText.when(s) + room(s) + ".").toList();
    return Written.text(speakerHeader() + String.join("\n", lines));
  }

  private static String room(Session session) {
    return session.room().map(r -> ", in " + r).orElse("");
  }

  private String speakerHeader() {
    return targets.speakers().size() == 1 && !targets.explicitSessions()
        ? targets.speakers().get(0).name() + " staat " + targets.sessions().size() + " keer op het programma:\n"
        : "";
  }

  private String withSpeakers(Session session) {
    return DutchText.withSpeakers(programme, session);
  }

  private String start() {
    Slot first = programme.slots().get(0);
    return "Het programma begint om " + time(first.start()) + " met " + DutchText.slot(programme, first) + ".";
  }

  private String end() {
    Slot last = programme.slots().get(programme.slots().size() - 1);
    return "Het programma loopt tot " + time(last.end()) + "; het laatste onderdeel is "
        + DutchText.slot(programme, last) + " (" + range(last.start(), last.end()) + ").";
  }

  private Written who() {
    if (targets.sessions().isEmpty()) {
      if (!targets.speakers().isEmpty()) {
        return person();
      }
      if (!targets.isEmpty()) {
        return Written.text("Daarvoor staat geen spreker in het programma.");
      }
      return Written.text("Op het programma staan:\n" + bullets(programme.speakers().stream()
          .map(DutchText::person).toList()));
    }
    return Written.text(targets.sessions().stream().map(this::speakersOf).collect(Collectors.joining("\n")));
  }

  private String speakersOf(Session session) {
    List<Speaker> speakers = programme.speakersOf(session);
    String at = name(session) + " (" + DutchText.span(session) + ")";
    if (speakers.isEmpty()) {
      return "Bij " + at + " staat geen spreker in het programma.";
    }
    return "Bij " + at + (speakers.size() == 1 ? " spreekt " : " spreken ")
        + join(speakers.stream().map(DutchText::person).toList()) + ".";
  }

  private Written person() {
    List<Speaker> speakers = targets.speakers().isEmpty()
        ? targets.sessions().stream().flatMap(s -> programme.speakersOf(s).stream()).distinct().toList()
        : targets.speakers();
    if (speakers.isEmpty()) {
      return Written.text("Die persoon ken ik niet uit het programma. Op het programma staan "
          + join(programme.speakers().stream().map(Speaker::name).toList()) + ".");
    }
    return Written.text(speakers.stream().map(this::describe).collect(Collectors.joining("\n")));
  }

  private String describe(Speaker speaker) {
    String role = DutchText.role(speaker).isEmpty() ? "" : " is " + roleSentence(speaker) + ".";
    List<String> sessions = programme.sessionsOf(speaker).stream()
        .map(s -> name(s) + " (" + DutchText.span(s) + ")").toList();
    String on = sessions.isEmpty() ? "" : " Op het programma: " + join(sessions) + ".";
    return (speaker.name() + role + on).strip();
  }

  private static String roleSentence(Speaker speaker) {
    if (speaker.role().isEmpty()) {
      return "van " + speaker.organisation();
    }
    return speaker.organisation().isEmpty() ? speaker.role() : speaker.role() + " bij " + speaker.organisation();
  }

  private Written about() {
    List<String> parts = new ArrayList<>();
    if (!targets.explicitSessions()) {
      for (Topic topic : targets.topics()) {
        parts.add(topicText(topic));
      }
    }
    if (parts.isEmpty() || targets.explicitSessions()) {
      targets.sessions().forEach(s -> parts.add(sessionText(s)));
    }
    if (parts.isEmpty()) {
      return Written.text(event());
    }
    return Written.text(String.join("\n\n", parts));
  }

  private String topicText(Topic topic) {
    String text = capitalise(topic.name()) + (topic.explanation().isEmpty() ? "" : ": " + topic.explanation());
    List<String> sessions = topic.sessionIds().stream().map(programme::session).flatMap(Optional::stream)
        .map(s -> item(programme, s) + ", " + range(s)).toList();
    return sessions.isEmpty() ? text : text + "\nDaarover gaat: " + join(sessions) + ".";
  }

  private String sessionText(Session session) {
    String head = capitalise(item(programme, session)) + ", " + range(session) + room(session);
    if (session.summary().isEmpty() && session.details().isEmpty()) {
      return session.kind() == SessionKind.BREAK
          ? head + ", is een pauze."
          : head + ": meer staat er niet over in het programma.";
    }
    String text = session.summary().isEmpty() ? head + "." : head + ": " + session.summary();
    if (!session.details().isEmpty()) {
      text += "\nAan bod komen:\n" + bullets(session.details());
    }
    return text;
  }

  private Written duration() {
    if (targets.sessions().isEmpty()) {
      if (!targets.isEmpty()) {
        return Written.text("Daarvoor staat geen duur in het programma.");
      }
      LocalTime first = programme.firstStart().orElseThrow();
      LocalTime last = programme.lastEnd().orElseThrow();
      int minutes = (int) java.time.Duration.between(first, last).toMinutes();
      return Written.text("Het programma duurt van " + time(first) + " tot " + time(last) + ", "
          + DutchText.minutes(minutes) + ".");
    }
    return Written.text(targets.sessions().stream().map(this::lasts).collect(Collectors.joining("\n")));
  }

  private String lasts(Session session) {
    String where = session.shorterThanBlock()
        ? ", ergens tussen " + time(session.start()) + " en " + time(session.end())
            + "; hoe laat precies staat niet in het programma"
        : ", van " + time(session.start()) + " tot " + time(session.end());
    return capitalise(withSpeakers(session)) + " duurt " + DutchText.minutes(session.lengthMinutes()) + where + ".";
  }

  private Written workshops() {
    List<Slot> slots = programme.slots().stream()
        .filter(slot -> slot.sessions().stream().anyMatch(s -> s.kind() == SessionKind.WORKSHOP)).toList();
    if (slots.isEmpty()) {
      return Written.text("Er staan geen workshops in het programma.");
    }
    List<String> blocks = new ArrayList<>();
    List<Overview.Entry> entries = new ArrayList<>();
    for (Slot slot : slots) {
      List<String> lines = slot.sessions().stream().filter(s -> s.kind() == SessionKind.WORKSHOP)
          .map(s -> workshopLine(s)).toList();
      String heading = "Van " + time(slot.start()) + " tot " + time(slot.end())
          + (lines.size() > 1 ? " kun je kiezen uit:" : ":");
      blocks.add(heading + "\n" + bullets(lines));
      entries.add(new Overview.Entry(range(slot.start(), slot.end()), bullets(lines)));
    }
    return new Written(String.join("\n\n", blocks), Optional.of(new Overview("Workshops", entries)));
  }

  private String workshopLine(Session session) {
    List<String> people = programme.speakersOf(session).stream().map(Speaker::name).toList();
    String by = people.isEmpty() ? "" : " door " + join(people);
    return name(session) + by + ", " + DutchText.minutes(session.lengthMinutes());
  }

  private Written programme() {
    List<Overview.Entry> entries = programme.slots().stream()
        .map(slot -> new Overview.Entry(range(slot.start(), slot.end()),
            capitalise(DutchText.slot(programme, slot))))
        .toList();
    String text = "Het programma van " + eventName() + ":\n" + entries.stream()
        .map(e -> e.heading() + " " + e.body()).collect(Collectors.joining("\n"));
    return new Written(text, Optional.of(new Overview(eventName(), entries)));
  }

  private Optional<String> notToday() {
    return programme.event().date().filter(date -> !date.equals(today))
        .map(date -> programme.event().title() + " is op " + DATE.format(date) + "; vandaag ("
            + DATE.format(today) + ") staat er niets op het programma.");
  }

  private Written now() {
    Optional<LocalTime> asked = targets.time();
    if (asked.isEmpty() && notToday().isPresent()) {
      return Written.text(notToday().get());
    }
    LocalTime at = asked.orElse(now);
    String when = asked.isPresent() ? "Om " + time(at) : "Nu (" + time(at) + ")";
    List<Slot> running = programme.slots().stream().filter(s -> !at.isBefore(s.start()) && at.isBefore(s.end()))
        .toList();
    if (!running.isEmpty()) {
      List<Overview.Entry> entries = running.stream()
          .map(s -> new Overview.Entry(range(s.start(), s.end()), capitalise(DutchText.slot(programme, s))))
          .toList();
      String text = when + ": " + running.stream()
          .map(s -> DutchText.slot(programme, s) + ", " + range(s.start(), s.end()))
          .collect(Collectors.joining("; ")) + ".";
      return new Written(text, Optional.of(new Overview(when, entries)),
          running.stream().flatMap(s -> s.sessions().stream()).toList());
    }
    Optional<Slot> upcoming = programme.slots().stream().filter(s -> s.start().isAfter(at)).findFirst();
    if (upcoming.isEmpty()) {
      return Written.text(when + " staat er niets meer op het programma; het programma eindigde om "
          + time(programme.lastEnd().orElseThrow()) + ".");
    }
    Slot slot = upcoming.get();
    boolean beforeStart = programme.firstStart().filter(at::isBefore).isPresent();
    return Written.text(when + " staat er niets op het programma. " + (beforeStart
        ? "Het programma begint om " + time(slot.start()) + " met " + DutchText.slot(programme, slot) + "."
        : "Om " + time(slot.start()) + starts(slot) + ".")).turningTo(slot.sessions());
  }

  /** " begint de lunch", or for parallel sessions " beginnen tegelijk ‘A’, ‘B’ en ‘C’". */
  private String starts(Slot slot) {
    return slot.parallel()
        ? " beginnen tegelijk " + join(slot.sessions().stream().map(s -> item(programme, s)).toList())
        : " begint " + DutchText.slot(programme, slot);
  }

  private Written next() {
    if (!targets.sessions().isEmpty()) {
      Written written = Written.text(targets.sessions().stream().map(this::after)
          .collect(Collectors.joining("\n")));
      return targets.sessions().size() == 1
          ? written.turningTo(slotAfter(targets.sessions().get(0)).map(Slot::sessions).orElse(List.of()))
          : written;
    }
    Optional<LocalTime> asked = targets.time();
    if (asked.isEmpty() && notToday().isPresent()) {
      return Written.text(notToday().get());
    }
    LocalTime at = asked.orElse(now);
    String from = asked.isPresent() ? "Na " + time(at) : "Hierna";
    Optional<Slot> next = programme.slots().stream().filter(s -> s.start().isAfter(at)).findFirst();
    return Written.text(next
        .map(s -> from + ", van " + time(s.start()) + " tot " + time(s.end()) + ": "
            + DutchText.slot(programme, s) + ".")
        .orElse(from + " staat er niets meer op het programma."))
        .turningTo(next.map(Slot::sessions).orElse(List.of()));
  }

  private Optional<Slot> slotAfter(Session session) {
    return programme.slots().stream().filter(s -> !s.start().isBefore(session.end())).findFirst();
  }

  private String after(Session session) {
    return capitalise(slotAfter(session)
        .map(s -> "na " + name(session) + ", van " + time(s.start()) + " tot " + time(s.end()) + ": "
            + DutchText.slot(programme, s) + ".")
        .orElse("na " + name(session) + " staat er niets meer op het programma."));
  }

  private String event() {
    Event event = programme.event();
    StringBuilder text = new StringBuilder(eventName());
    if (!event.organiser().isEmpty()) {
      text.append(", georganiseerd door ").append(event.organiser());
    }
    text.append('.');
    event.date().ifPresent(d -> text.append(" Datum: ").append(DATE.format(d)).append('.'));
    text.append(" Het programma loopt van ").append(time(programme.firstStart().orElseThrow())).append(" tot ")
        .append(time(programme.lastEnd().orElseThrow())).append('.');
    if (!event.summary().isEmpty()) {
      text.append('\n').append(event.summary());
    }
    return text.toString();
  }
}
