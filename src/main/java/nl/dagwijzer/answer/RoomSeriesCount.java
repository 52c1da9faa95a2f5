package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Entity;
import nl.dagwijzer.nlu.SeriesNames;
import nl.dagwijzer.programme.Session;

/**
 * "hoeveel velden zijn er?" on a day in "Veld 1" to "Veld 4": a series the rooms' names make, not the titles, is
 * counted as those places ("Er zijn 4 velden: ..."), not as the sessions held in them.
 */
final class RoomSeriesCount {
  private RoomSeriesCount() {
  }

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,9}");

  /** "Veld 2" before "Veld 10": each number padded to the same width. */
  private static String numbersPadded(String room) {
    return NUMBER.matcher(room).replaceAll(m -> "%09d".formatted(Long.parseLong(m.group())));
  }

  static Optional<Written> count(Answering a) {
    List<Condition.About> about = a.query().all(Condition.About.class);
    if (about.size() != 1 || !SeriesNames.isSeries(about.get(0).entity())) {
      return Optional.empty();
    }
    Entity series = about.get(0).entity();
    String head = series.id().substring(SeriesNames.ID_PREFIX.length()).toLowerCase(Locale.ROOT);
    List<Session> sessions = a.sessions();
    // (no title may have the word anywhere, which Groups.roomSeries allows past its start: "Klus 3: Speeltuin De
    // Klimboom schoonmaken" beside rooms "Tuin van Dorpshuis ..." keeps "hoeveel onderdelen ... in de tuin" a count
    // of sessions)
    boolean placesOnly = !sessions.isEmpty() && sessions.stream().noneMatch(s -> s.title().toLowerCase(Locale.ROOT)
        .contains(head)) && sessions.stream().allMatch(s -> s.room().filter(r -> r.toLowerCase(Locale.ROOT)
        .contains(head)).isPresent());
    if (!placesOnly) {
      return Optional.empty();
    }
    List<String> rooms = sessions.stream().map(s -> s.room().orElseThrow()).distinct()
        .sorted(java.util.Comparator.comparing(RoomSeriesCount::numbersPadded)).toList();
    if (rooms.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(Written.text("Er zijn " + rooms.size() + " " + series.text() + ": " + DutchText.join(rooms)
        + "."));
  }
}
