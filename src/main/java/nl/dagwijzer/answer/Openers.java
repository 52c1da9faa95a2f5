package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dagwijzer.programme.Programme;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Slot;

/** Who opens the day and who closes it: the block with someone speaking at its start or its end. */
final class Openers {
  /** Titles of a session that opens the day: "Welkom door de wethouder", "Opening van de beurs". */
  static final Pattern OPENING = Pattern.compile("(?iu)\\b(welkom|opening|opent|aftrap)");

  private static final int OPENING_WITHIN = 90;

  private Openers() {
  }

  /**
   * "wie sluit de dag af?" when the day ends with a lunch: the last block with someone speaking; "wie opent de avond?"
   * when a walk-in with the project leader comes before "Welkom door de wethouder": the welcome, within the first
   * three blocks or the first hour.
   */
  static Optional<List<Session>> withSpeaker(Programme programme, boolean opens) {
    List<Slot> slots = new ArrayList<>(programme.slots());
    if (opens) {
      // within the first three blocks or the first hour: a photo booth and a memory wall may open at the walk-in
      // (or the first 90 minutes: a tour of the town hall and a market before the mayor's opening of the evening)
      LocalTime hour = slots.isEmpty() ? LocalTime.MIN : slots.get(0).start().plusMinutes(OPENING_WITHIN);
      Optional<List<Session>> welcome = slots.stream().takeWhile(slot -> slots.indexOf(slot) < 3
              || !slot.start().isAfter(hour)).map(Slot::sessions)
          .filter(ss -> ss.stream().anyMatch(x -> !x.speakerIds().isEmpty() && OPENING.matcher(x.title()).find()))
          .findFirst();
      if (welcome.isPresent()) {
        return welcome;
      }
    } else {
      Collections.reverse(slots);
    }
    return slots.stream().map(Slot::sessions)
        .filter(ss -> ss.stream().anyMatch(x -> !x.speakerIds().isEmpty())).findFirst();
  }
}
