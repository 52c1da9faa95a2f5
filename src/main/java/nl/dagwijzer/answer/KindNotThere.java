package nl.dagwijzer.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "wanneer is de demonstratie klompen maken?" where the only demonstrations shear sheep: that such a session is not on
 * the programme, with the sessions of that kind there are, rather than the times of the kind's own sessions.
 */
final class KindNotThere {
  private static final Set<Asked> ASKED = java.util.EnumSet.of(Asked.TIME, Asked.ROOM);
  private static final int SHOWN = 3;

  private KindNotThere() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<String> missing = a.query().detailAfter(nl.dagwijzer.nlu.KindOfUnknown.PREFIX);
    List<Condition.About> named = a.query().all(Condition.About.class);
    if (!ASKED.contains(a.query().asked()) || missing.isEmpty() || named.isEmpty() || named.stream()
        .anyMatch(c -> c.entity().type() != EntityType.SESSION && c.entity().type() != EntityType.PART)
        || a.selection().sessions().isEmpty()) {
      return Optional.empty();
    }
    String[] said = missing.get().split("\\|", 2);
    Set<String> titles = new LinkedHashSet<>();
    List<Session> instead = a.selection().sessions().stream().filter(s -> titles.add(s.title())).toList();
    List<String> shown = instead.stream().limit(SHOWN).map(DutchText::spanned).toList();
    String wel = "Wel: " + (instead.size() > SHOWN ? String.join(", ", shown) + " en nog " + (instead.size() - SHOWN)
        + " meer" : DutchText.join(shown)) + ".";
    return Optional.of(Written.text("Een " + said[0] + " " + said[1] + " staat niet op het programma. " + wel)
        .turningTo(instead));
  }
}
