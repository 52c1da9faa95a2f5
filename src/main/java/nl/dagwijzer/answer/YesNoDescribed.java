package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;

/**
 * "zit Jesse ten Dam in de categorie Wijk & Buurt?" when only the descriptions name him, in another category's:
 * no, and the sentence that says where he is; yes when the named session's own description names him.
 */
final class YesNoDescribed {
  private final Answering a;

  YesNoDescribed(Answering answering) {
    this.a = answering;
  }

  Optional<Written> answer() {
    List<String> sessionIds = a.query().all(Condition.About.class).stream()
        .filter(c -> c.entity().type() == EntityType.SESSION).map(c -> c.entity().id()).toList();
    DescriptionIndex descriptions = a.index().descriptions();
    List<String> names = a.query().textWords().stream()
        .filter(w -> w.length() >= 3 && DescribedPeople.writtenAsName(descriptions, w)).toList();
    if (sessionIds.isEmpty() || names.size() < 2 || a.selection().speakers().size() > 0) {
      return Optional.empty();
    }
    Optional<DescriptionIndex.Sentence> found = descriptions.withAll(names);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Session session = found.get().session();
    boolean yes = sessionIds.contains(session.id());
    return Optional.of(Written.text((yes ? "Ja, " : "Nee, ") + Descriptions.from(session, found.get().text()))
        .turningTo(List.of(session)));
  }
}
