package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.programme.Session;

/**
 * "wanneer zijn de rondvaarten?" on a day with nine boat tours: one line with every time of the same session, not
 * nine lines of which only the first eight fit; "wanneer is de lezing over domotica?" given twice in one room: one
 * line with both times, not the title, speaker and room twice.
 */
final class RepeatedTimes {
  private RepeatedTimes() {
  }

  /** One line per session given at several times in one place, when some are. */
  static Optional<List<String>> lines(Answering a, List<Session> sessions) {
    // (a few that each fill part of a block keep saying that their exact time is not given)
    if (sessions.size() < 2 || sessions.size() <= DutchText.LIST_LIMIT
        && sessions.stream().anyMatch(Session::shorterThanBlock)) {
      return Optional.empty();
    }
    Map<String, List<String>> times = new LinkedHashMap<>();
    sessions.forEach(s -> times.computeIfAbsent(DutchText.item(a.programme(), s) + TimeWriter.room(s),
        k -> new ArrayList<>()).add(DutchText.range(s)));
    if (times.size() == sessions.size()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    times.forEach((item, spans) -> lines.add(DutchText.capitalise(item) + ": " + DutchText.join(spans) + "."));
    return Optional.of(lines);
  }
}
