package nl.dagwijzer.answer;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.programme.Session;

/**
 * "wat begint er tijdens de lezing?": what starts while it is on, not what runs beside it all day; "wat begint er
 * tegelijk met de tweede rondleiding?": what starts when that one starts.
 */
final class StartingDuring {
  private StartingDuring() {
  }

  /**
   * Of {@code sessions}, those starting during the one of {@code target} meant: the one starting at
   * {@code occurrence} ("de tweede rondleiding", "die van 14:00"), else the first.
   */
  static List<Session> of(List<Session> sessions, List<Session> target, Optional<LocalTime> occurrence,
                          boolean sameStart, Phrases context) {
    Session meant = occurrence.flatMap(t -> target.stream().filter(s -> s.start().equals(t)).findFirst())
        .orElse(target.get(0));
    context.add((sameStart ? "tegelijk met " : "tijdens ") + DutchText.name(meant)
        + (target.size() > 1 ? " van " + DutchText.time(meant.start()) : ""));
    return sessions.stream().filter(s -> !s.equals(meant) && (sameStart ? s.start().equals(meant.start())
        : !s.start().isBefore(meant.start()) && s.start().isBefore(meant.end()))).toList();
  }
}
