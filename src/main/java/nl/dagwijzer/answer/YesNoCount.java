package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.programme.Session;

/**
 * "zijn er vier workshops?", "is er maar één keynote?": yes or no on how many there are, counted by title (a
 * workshop given in three rounds is one workshop), with what there is.
 */
final class YesNoCount {
  private final Answering a;

  YesNoCount(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    int asked = a.query().all(Detail.class).stream().mapToInt(Detail::sessionCount).filter(n -> n > 0).findFirst()
        .orElse(0);
    List<Session> sessions = a.selection().sessions();
    if (asked == 0 || sessions.isEmpty()) {
      return Optional.empty();
    }
    // one of each title, with its speakers: "is er maar één keynote?" is answered by who gives them
    java.util.Map<String, Session> byTitle = new java.util.LinkedHashMap<>();
    sessions.forEach(s -> byTitle.putIfAbsent(s.title(), s));
    int count = byTitle.size();
    boolean yes = count == asked;
    String there = count == 1 ? "er is er 1: " : "er zijn er " + count + ": ";
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + there + DutchText.join(byTitle.values().stream()
        .limit(8).map(a::withSpeakers).toList()) + (count > 8 ? " en meer" : "") + ".").turningTo(sessions));
  }
}
