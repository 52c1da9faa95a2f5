package nl.dagwijzer.answer;

import static nl.dagwijzer.answer.DutchText.time;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.programme.Session;

/**
 * When and how long whole parts of the day are, said of each part rather than of each of its sessions: "tot hoe laat
 * loopt webinar 1?", "hoe laat zijn de voorstellingen?" ("‘Middagvoorstelling’ is van 14:00 tot 16:15.").
 */
final class PartTimes {
  private PartTimes() {
  }

  /** "‘Webinar 1’ is van 10:00 tot 11:30, in Zoom." for each whole part {@code sessions} are, if they are parts. */
  static Optional<Written> when(Answering a, List<Session> sessions) {
    List<OpenedParts.Part> parts = parts(a, sessions);
    return parts.isEmpty() ? Optional.empty() : Optional.of(Written.text(String.join("\n", parts.stream()
        .map(p -> "‘" + p.name() + "’ is van " + time(p.start()) + " tot " + time(p.end()) + p.room() + ".")
        .toList())).turningTo(sessions));
  }

  /** "‘Vliegprogramma’ duurt 255 minuten (4 uur en 15 minuten), van 12:00 tot 16:15." for each whole part. */
  static Optional<Written> duration(Answering a, List<Session> sessions) {
    List<OpenedParts.Part> parts = parts(a, sessions);
    return parts.isEmpty() ? Optional.empty() : Optional.of(Written.text(String.join("\n", parts.stream()
        .map(p -> "‘" + p.name() + "’ duurt " + DutchText.minutes(p.minutes()) + ", van " + time(p.start())
            + " tot " + time(p.end()) + ".").toList())).turningTo(sessions));
  }

  private static List<OpenedParts.Part> parts(Answering a, List<Session> sessions) {
    return a.index().openedParts().whole(sessions).map(List::of)
        .orElseGet(() -> a.index().openedParts().wholes(sessions));
  }
}
