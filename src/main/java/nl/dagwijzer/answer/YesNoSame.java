package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.Detail;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "is de eerste halte het schoolplein?": no when the two sessions named are two, with both; "is de picknick op het
 * sportpark?": yes when the first is in the room of the second, else where each is.
 */
final class YesNoSame {
  private YesNoSame() {
  }

  static Optional<Written> answer(Answering a) {
    boolean same = a.query().all(Detail.class).stream().anyMatch(d -> d.word().equals(Detail.SAME));
    boolean place = a.query().all(Detail.class).stream().anyMatch(d -> d.word().equals(Detail.SAME_PLACE));
    List<Session> named = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.SESSION)
        .flatMap(c -> a.programme().session(c.entity().id()).stream()).distinct().toList();
    if (!same && !place || named.size() != 2) {
      return Optional.empty();
    }
    Session first = named.get(0);
    Session second = named.get(1);
    if (same) {
      return Optional.of(Written.text("Nee, " + a.whenAndWhere(first) + "; " + a.whenAndWhere(second) + ".")
          .turningTo(named));
    }
    boolean there = first.room().isPresent() && first.room().equals(second.room());
    String elsewhere = there || second.room().isEmpty() ? ""
        : "; " + DutchText.name(second) + " is in " + second.room().get();
    return Optional.of(Written.text((there ? "Ja, " : "Nee, ") + a.whenAndWhere(first) + elsewhere + ".")
        .turningTo(List.of(first)));
  }
}
