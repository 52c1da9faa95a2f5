package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.join;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.DayPart;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;

/**
 * "is de lunch om 12:30?": whether a session the question names starts at that time; "is er om 13:00 vrij
 * schaatsen?", "kan ik om half 4 nog proefzeilen?": whether a block one walks into is on then.
 */
final class YesNoAtTime {
  /** A block this long (in minutes) is walked into while it is on; a shorter tour is joined at its start. */
  private static final int OPEN_BLOCK = 90;

  private YesNoAtTime() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<LocalTime> startsAt = startsAt(a);
    if (startsAt.isEmpty()) {
      return Optional.empty();
    }
    LocalTime time = startsAt.get();
    List<Session> subject = OwnTurn.of(a, a.selection().subject());
    boolean yes = subject.stream().anyMatch(s -> s.start().equals(time));
    List<Session> on = yes || !onThen(a) ? List.of() : subject.stream()
        .filter(s -> walkIn(s) && !s.start().isAfter(time) && s.end().isAfter(time)).toList();
    if (!on.isEmpty()) {
      return Optional.of(Written.text("Ja, " + join(on.stream().map(a::whenAndWhere).toList()) + ".")
          .turningTo(on));
    }
    if (yes) {
      // "is er om 15:00 een kastinspectie?": the one at 15:00, not the first three of the series
      subject = subject.stream().filter(s -> s.start().equals(time)).toList();
    } else if (subject.size() > 3) {
      // "is er om 18:30 nog een rondleiding?": the ones nearest that time, not the first three of the day
      int at = time.toSecondOfDay();
      subject = subject.stream().sorted(Comparator.comparingInt(s -> Math.abs(s.start().toSecondOfDay() - at)))
          .limit(2).sorted(Comparator.comparing(Session::start)).toList();
    }
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + join(subject.stream().limit(3)
        .map(a::whenAndWhere).toList()) + ".").turningTo(subject));
  }

  /** Words a desk one walks up to while it is open begins with: "Inschrijving en ophalen themakaart". */
  private static final List<String> DESKS = List.of("inschrijving", "registratie", "aanmelding", "inloop", "balie");

  /** A long block, a market or stand, or a desk: open all the time it is on, not only at its start. */
  private static boolean walkIn(Session session) {
    String title = session.title().toLowerCase(java.util.Locale.ROOT);
    return session.lengthMinutes() >= OPEN_BLOCK || session.kind() == nl.dagwijzer.programme.SessionKind.MARKET
        || DESKS.stream().anyMatch(title::startsWith);
  }

  /**
   * The time asked, for a session the question names. A kind of session ("loopt er om 12:30 nog een workshop?",
   * "kan ik om 20:45 nog aan een tafel?") asks whether one is on at that time, which other writers answer.
   */
  private static Optional<LocalTime> startsAt(Answering a) {
    boolean namesSession = a.query().all(Condition.About.class).stream().anyMatch(c ->
        c.entity().type() == EntityType.SESSION || c.entity().type() == EntityType.PART
            && !SeriesNames.isSeries(c.entity()) && !c.entity().id().equals(DayPart.WORKSHOPS.id()));
    List<Condition.At> at = a.query().all(Condition.At.class);
    boolean running = a.query().hasDetail("lopend");
    return namesSession && !running && at.size() == 1 && !a.selection().subject().isEmpty()
        ? Optional.of(at.get(0).time()) : Optional.empty();
  }

  /** "is er om 13:00 ...?", "kan ik om 15:30 (nog) ...?": whether something is there to join at that time. */
  private static boolean onThen(Answering a) {
    return a.query().hasDetail("er-is") || a.query().all(Detail.class).stream()
        .anyMatch(d -> d.ability().isPresent() || d.waiting());
  }
}
