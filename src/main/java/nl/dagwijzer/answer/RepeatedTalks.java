package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.Speaker;

/**
 * A station given four times by the same instructor is one line of who gives it, with its four times: "Bij ‘Station
 * 3: Verslikking’ (10:45–11:30, 11:40–12:25, ...) spreekt Fatima El Amrani", not four lines alike.
 */
final class RepeatedTalks {
  private RepeatedTalks() {
  }

  /** The sessions in order, those with one title and the same people (at least one) together. */
  static List<List<Session>> grouped(List<Session> sessions, Function<Session, List<Speaker>> speakers) {
    List<List<Session>> groups = new ArrayList<>();
    for (Session session : sessions) {
      List<Speaker> theirs = speakers.apply(session);
      List<Session> same = theirs.isEmpty() ? null : groups.stream()
          .filter(g -> g.get(0).title().equals(session.title()) && speakers.apply(g.get(0)).equals(theirs))
          .findFirst().orElse(null);
      if (same != null) {
        same.add(session);
      } else {
        groups.add(new ArrayList<>(List.of(session)));
      }
    }
    return groups;
  }

  /** "‘X’ (10:45–11:30)" for one, "‘X’ (10:45–11:30, 11:40–12:25 en 13:15–14:00)" for several. */
  static String spanned(List<Session> same) {
    return same.size() == 1 ? DutchText.spanned(same.get(0)) : DutchText.name(same.get(0)) + " ("
        + DutchText.join(same.stream().map(DutchText::span).toList()) + ")";
  }
}
