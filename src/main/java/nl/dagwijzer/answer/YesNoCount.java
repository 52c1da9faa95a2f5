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
    List<String> titles = sessions.stream().map(Session::title).distinct().toList();
    boolean yes = titles.size() == asked;
    String there = titles.size() == 1 ? "er is er 1: " : "er zijn er " + titles.size() + ": ";
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + there + DutchText.join(titles.stream().limit(8)
        .map(t -> "‘" + t + "’").toList()) + (titles.size() > 8 ? " en meer" : "") + ".").turningTo(sessions));
  }
}
