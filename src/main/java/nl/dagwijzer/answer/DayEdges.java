package nl.dagwijzer.answer;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Slot;

/**
 * Where a day really starts and ends: a walk-in before it ("de digitale inloop vanaf 13:50") and an optional chat
 * after it ("napraten voor wie wil") are part of the programme, but "hoe laat begint het?" and "hoe lang duurt de
 * bijeenkomst?" are about what lies between them. Replies give both, so nobody misses the walk-in.
 */
final class DayEdges {
  private static final Set<String> WALK_IN = Set.of("inloop", "ontvangst", "registratie", "binnenkomst",
      "aanmelden", "inloggen");
  private static final Set<String> OPTIONAL = Set.of("voor wie wil", "optioneel", "facultatief", "vrijblijvend");

  private final Programme programme;
  private final Optional<Slot> walkIn;
  private final Optional<Slot> optionalEnd;

  DayEdges(Programme programme) {
    this.programme = programme;
    this.walkIn = walkIn(programme.slots());
    this.optionalEnd = optionalEnd(programme.slots());
  }

  /** The walk-in the day opens with, when something else follows it. */
  Optional<Slot> walkIn() {
    return walkIn;
  }

  /** The walk-in as said: "de inloop met koffie en thee" (not the information tables open beside it). */
  Optional<String> walkInSaid() {
    return walkIn.map(slot -> slot.sessions().size() == 1 ? DutchText.slot(programme, slot)
        : slot.sessions().stream().filter(DayEdges::walkIn).findFirst().map(DutchText::name).orElseThrow());
  }

  /** The optional part the day ends with ("napraten voor wie wil"). */
  Optional<Slot> optionalEnd() {
    return optionalEnd;
  }

  private static Optional<Slot> walkIn(List<Slot> slots) {
    if (slots.size() < 2) {
      return Optional.empty();
    }
    // (also beside information tables open at the same time: "keuze uit de inloop en ‘Informatietafels’")
    return slots.get(0).sessions().stream().anyMatch(DayEdges::walkIn) ? Optional.of(slots.get(0)) : Optional.empty();
  }

  /** Whether the session's title says it is a walk-in ("Inloop met koffie", "Ontvangst en registratie"). */
  private static boolean walkIn(nl.dagwijzer.programme.Session session) {
    String title = session.title().toLowerCase(Locale.ROOT);
    return WALK_IN.stream().anyMatch(title::contains);
  }

  private static Optional<Slot> optionalEnd(List<Slot> slots) {
    if (slots.size() < 3 || slots.get(slots.size() - 1).sessions().size() != 1) {
      return Optional.empty();
    }
    var last = slots.get(slots.size() - 1).sessions().get(0);
    String text = (last.title() + " " + last.summary()).toLowerCase(Locale.ROOT);
    return OPTIONAL.stream().anyMatch(text::contains) ? Optional.of(slots.get(slots.size() - 1)) : Optional.empty();
  }

  /** The first slot after the walk-in, or the first of the day. */
  Slot start() {
    return programme.slots().get(walkIn.isPresent() ? 1 : 0);
  }

  LocalTime end() {
    List<Slot> slots = programme.slots();
    Slot last = slots.get(slots.size() - (optionalEnd.isPresent() ? 2 : 1));
    return slots.stream().filter(s -> !s.start().isAfter(last.start())).map(Slot::end)
        .max(LocalTime::compareTo).orElse(last.end());
  }

  boolean trimmed() {
    return walkIn.isPresent() || optionalEnd.isPresent();
  }

  int minutes() {
    return (int) Duration.between(start().start(), end()).toMinutes();
  }

  /** "; de digitale inloop is vanaf 13:50 en het napraten duurt tot 15:45": the parts outside, or "". */
  String around() {
    Optional<String> before = walkIn.map(s -> walkInSaid().orElseThrow() + " is vanaf "
        + DutchText.time(s.start()));
    Optional<String> after = optionalEnd.map(s -> DutchText.slot(programme, s) + " duurt tot "
        + DutchText.time(s.end()));
    List<String> parts = java.util.stream.Stream.of(before, after).flatMap(Optional::stream).toList();
    return parts.isEmpty() ? "" : "; " + DutchText.join(parts);
  }
}
