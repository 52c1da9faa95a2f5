package nl.dagwijzer.answer;

import java.util.List;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.SessionKind;
import nl.dagwijzer.programme.Slot;

/** The rounds of a day: blocks of parallel workshops (or of parallel sessions, when there are no workshops). */
final class Rounds {
  private Rounds() {
  }

  /** The day's rounds in time order. */
  static List<Slot> of(Programme programme) {
    List<Slot> workshops = startingTogether(programme.slots()).stream()
        .filter(slot -> slot.sessions().stream().anyMatch(s -> s.kind() == SessionKind.WORKSHOP)).toList();
    if (!workshops.isEmpty()) {
      // childcare all evening, filed as a workshop, is no round beside the parallel rounds of twenty minutes
      long longest = workshops.stream().filter(Slot::parallel).mapToLong(Rounds::minutes).max().orElse(0);
      // one workshop for everyone ("Phishinggame" in the auditorium) before rounds of three to choose from is no round
      return longest == 0 ? workshops
          : workshops.stream().filter(Slot::parallel).toList();
    }
    return programme.slots().stream().filter(Slot::parallel).toList();
  }

  /**
   * Workshops that start together are one round though one ends earlier ("de avondtafel in het zorgcentrum stopt om
   * 20:30"): one slot from their start to the last end.
   */
  private static List<Slot> startingTogether(List<Slot> slots) {
    java.util.Map<java.time.LocalTime, List<Slot>> byStart = new java.util.LinkedHashMap<>();
    slots.forEach(slot -> byStart.computeIfAbsent(slot.start(), k -> new java.util.ArrayList<>()).add(slot));
    return byStart.values().stream().map(same -> same.size() == 1
        || same.stream().anyMatch(slot -> slot.sessions().stream().noneMatch(s -> s.kind() == SessionKind.WORKSHOP))
        ? same : List.of(new Slot(same.get(0).start(), same.get(same.size() - 1).end(),
            same.stream().flatMap(slot -> slot.sessions().stream()).toList())))
        .flatMap(List::stream).toList();
  }

  private static long minutes(Slot slot) {
    return java.time.Duration.between(slot.start(), slot.end()).toMinutes();
  }
}
