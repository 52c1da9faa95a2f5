package nl.dagwijzer.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.JoinedKind;
import nl.dagwijzer.programme.Session;

/**
 * "is er een proefcollege bedrijfskunde?" when Bedrijfskunde has only a "Bachelorvoorlichting" and the trial lectures
 * are of other studies: no session is both, which is a no, with what there is of each; not a yes about either.
 */
final class YesNoJoinedKind {
  /** How many sessions of each side to name beside the no. */
  private static final int SHOWN = 3;

  private YesNoJoinedKind() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<List<String>> joined = JoinedKind.of(a.query());
    if (joined.isEmpty() || joined.get().size() != 2) {
      return Optional.empty();
    }
    String kindText = joined.get().get(0);
    String otherText = joined.get().get(1);
    List<Condition.About> about = a.query().all(Condition.About.class);
    Optional<Condition.About> kind = about.stream().filter(c -> c.entity().type() == EntityType.PART
        && c.entity().text().equals(kindText)).findFirst();
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    List<Session> ofKind = sessions(a, kind.get());
    Optional<Condition.About> other = about.stream().filter(c -> c.entity().text().equals(otherText)
        && c != kind.get()).findFirst();
    List<Session> named;
    if (other.isPresent()) {
      named = sessions(a, other.get());
    } else {
      // a word the programme has no name for: a session of the kind whose texts use it is one
      String word = otherText.toLowerCase(Locale.ROOT);
      if (word.length() < 4 || ofKind.stream().anyMatch(a.index().mentioning(word)::contains)) {
        return Optional.empty();
      }
      named = List.of();
    }
    // ("is er een workshop pitchen?" on a day without workshops: the pitches are what there is)
    if (ofKind.isEmpty() && named.isEmpty() || other.isPresent() && named.isEmpty()) {
      return Optional.empty();
    }
    Set<Session> both = new LinkedHashSet<>(ofKind);
    both.retainAll(named);
    if (!both.isEmpty()) {
      return Optional.empty();
    }
    List<Session> instead = distinct(named.isEmpty() ? ofKind : named);
    return Optional.of(Written.text("Nee, een " + kindText + " " + otherText + " staat niet op het programma. "
        + instead(instead)).turningTo(instead));
  }

  /** "Wel: ‘A’ (10:30–11:00), ‘B’ (...) en nog 2 meer.": what there is instead, at most three named. */
  static String instead(List<Session> instead) {
    List<String> shown = instead.stream().limit(SHOWN).map(DutchText::spanned).toList();
    return "Wel: " + (instead.size() > SHOWN ? String.join(", ", shown) + " en nog " + (instead.size() - SHOWN)
        + " meer" : DutchText.join(shown)) + ".";
  }

  private static List<Session> sessions(Answering a, Condition.About about) {
    return Subject.of(a.index(), List.of(about), false, false, false).sessions();
  }

  /** A session given twice is named once: the first of each title. */
  static List<Session> distinct(List<Session> sessions) {
    Set<String> titles = new LinkedHashSet<>();
    return sessions.stream().filter(s -> titles.add(s.title())).toList();
  }
}
