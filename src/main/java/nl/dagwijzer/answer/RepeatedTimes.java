package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.programme.Session;

/**
 * "wanneer zijn de rondvaarten?" on a day with nine boat tours: one line with every time of the same session, not
 * nine lines of which only the first eight fit.
 */
final class RepeatedTimes {
  private RepeatedTimes() {
  }

  /** One line per session given at several times, when there are more times than a reply lists. */
  static Optional<List<String>> lines(Answering a, List<Session> sessions) {
    if (sessions.size() <= DutchText.LIST_LIMIT) {
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
