package nl.dagwijzer.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Asked;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;

/**
 * "wanneer is de signeersessie van Jorien Kuipers?" where no session of hers is one: that such a session is not on the
 * programme, with the sessions she does have, rather than their times as if one of them were it.
 */
final class PersonKindNotThere {
  private static final Set<Asked> ASKED = java.util.EnumSet.of(Asked.TIME, Asked.ROOM);
  /** How a word for a kind of session ends: "signeersessie", "boekpresentatie", "meet-and-greet" is none. */
  private static final List<String> KINDS = List.of("sessie", "lezing", "workshop", "concert", "voorstelling",
      "show", "demonstratie", "rondleiding", "presentatie", "optreden", "masterclass", "wandeling", "proeverij");

  private PersonKindNotThere() {
  }

  static Optional<Written> answer(Answering a) {
    Optional<Condition.NotInProgramme> unknown = a.query().first(Condition.NotInProgramme.class)
        .filter(u -> !u.person() && !u.words().contains(" ") && KINDS.stream().anyMatch(u.words()::endsWith));
    List<Condition.About> named = a.query().all(Condition.About.class);
    if (!ASKED.contains(a.query().asked()) || unknown.isEmpty() || named.isEmpty()
        || named.stream().anyMatch(c -> c.entity().type() != EntityType.SPEAKER) || a.selection().sessions().isEmpty()
        || a.selection().speakers().size() != 1) {
      return Optional.empty();
    }
    return Optional.of(KindNotThere.reply(unknown.get().words() + " van " + a.selection().speakers().get(0).name(),
        a.selection().sessions()));
  }
}
