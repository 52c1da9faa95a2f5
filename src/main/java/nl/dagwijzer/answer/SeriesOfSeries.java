package nl.dagwijzer.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;

/**
 * "hoeveel toernooien zijn er?" on a day of "Catan-toernooi ronde 1" to "Catan-toernooi finale" and
 * "Carcassonne-toernooi voorronde" and "... finale": the series' word after a hyphen is said of each word before it,
 * so there are two tournaments of several sessions each, not six.
 */
final class SeriesOfSeries {
  private SeriesOfSeries() {
  }

  static Optional<Written> count(Answering a) {
    List<Condition.About> series = a.query().all(Condition.About.class).stream()
        .filter(c -> SeriesNames.isSeries(c.entity())).toList();
    if (series.size() != 1 || !a.selection().subject().equals(a.selection().sessions())) {
      return Optional.empty();
    }
    String head = series.get(0).entity().id().substring(SeriesNames.ID_PREFIX.length());
    Map<String, List<Session>> byFront = new LinkedHashMap<>();
    for (Session session : a.selection().sessions()) {
      String title = session.title();
      int hyphen = title.toLowerCase(Locale.ROOT).indexOf("-" + head);
      if (hyphen <= 0 || title.substring(0, hyphen).contains(" ")) {
        return Optional.empty();
      }
      byFront.computeIfAbsent(title.substring(0, hyphen + 1 + head.length()), k -> new java.util.ArrayList<>())
          .add(session);
    }
    if (byFront.size() < 2 || byFront.size() == a.selection().sessions().size()) {
      return Optional.empty();
    }
    List<String> each = byFront.entrySet().stream().map(e -> "het " + e.getKey() + " (" + e.getValue().size()
        + (e.getValue().size() == 1 ? " onderdeel, " : " onderdelen, ") + DutchText.range(e.getValue().get(0).start(),
        e.getValue().stream().map(Session::end).max(java.util.Comparator.naturalOrder()).orElseThrow()) + ")").toList();
    return Optional.of(Written.text("Er zijn " + byFront.size() + " " + series.get(0).entity().text() + ": "
        + DutchText.join(each) + ".").turningTo(a.selection().sessions()));
  }
}
