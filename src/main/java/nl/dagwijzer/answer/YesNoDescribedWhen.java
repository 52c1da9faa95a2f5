package nl.dagwijzer.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.programme.Session;

/**
 * "worden de labradors 's ochtends gekeurd?" when only a description names the labradors ("Labradors, golden
 * retrievers, ..." of the judging of group 8, at 13:00): the session whose description names the thing, judged by
 * the time asked; "Nee, ‘Keuring groep 8’ is van 13:00 tot 14:30", and the sentence that names it.
 */
final class YesNoDescribedWhen {
  /** A word shorter than this names too many things to pick a session by on its own. */
  private static final int SPECIFIC = 6;
  /** More sessions than this with the word: it names no one thing. */
  private static final int FEW = 3;

  private YesNoDescribedWhen() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<Condition.InPeriod> period = a.query().first(Condition.InPeriod.class);
    Optional<Condition.At> at = a.query().first(Condition.At.class);
    if (a.query().has(Condition.About.class) || a.query().has(Condition.NotInProgramme.class)
        || period.isEmpty() && at.isEmpty()) {
      return Optional.empty();
    }
    List<String> words = a.query().textWords().stream()
        .filter(w -> w.length() >= SPECIFIC).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    DescriptionIndex descriptions = a.index().descriptions();
    for (String word : words) {
      Map<Session, String> found = descriptions.having(List.of(word), List.of());
      List<String> titles = found.keySet().stream().map(Session::title).distinct().toList();
      if (found.isEmpty() || titles.size() > FEW) {
        continue;
      }
      List<Session> sessions = new ArrayList<>(found.keySet());
      List<Session> then = period.isPresent() ? WholeStretch.inPeriod(sessions, period.get().period(),
          a.programme().firstStart().orElse(java.time.LocalTime.MIN))
          : sessions.stream().filter(s -> !s.start().isAfter(at.get().time()) && s.end().isAfter(at.get().time()))
          .toList();
      Session shown = then.isEmpty() ? sessions.get(0) : then.get(0);
      if (Descriptions.denies(a, found.get(shown), List.of(word)).orElse(false)) {
        // "is de avond al uitverkocht?" when it says "de avond is nog niet uitverkocht": no by that sentence
        return Optional.of(Written.text("Nee, " + Descriptions.from(shown, found.get(shown)))
            .turningTo(List.of(shown)));
      }
      return Optional.of(Written.text((then.isEmpty() ? "Nee, " : "Ja, ") + a.whenAndWhere(shown) + ".\n"
          + Descriptions.quoted(shown, found.get(shown))).turningTo(List.of(shown)));
    }
    return Optional.empty();
  }
}
