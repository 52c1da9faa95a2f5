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
    List<List<Speaker>> whose = new ArrayList<>(); // each group's people, worked out once
    for (Session session : sessions) {
      List<Speaker> theirs = speakers.apply(session);
      int same = -1;
      for (int g = 0; g < groups.size() && same < 0 && !theirs.isEmpty(); g++) {
        if (groups.get(g).get(0).title().equals(session.title()) && whose.get(g).equals(theirs)) {
          same = g;
        }
      }
      if (same >= 0) {
        groups.get(same).add(session);
      } else {
        groups.add(new ArrayList<>(List.of(session)));
        whose.add(theirs);
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
