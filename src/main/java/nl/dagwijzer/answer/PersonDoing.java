package nl.dagwijzer.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.nlu.Query;
import nl.dagwijzer.programme.Session;

/**
 * "wanneer signeert Marjolein Brink?", "signeert zij ook 's middags?": of the sessions of the person named, those whose
 * texts have the verb asked ("Signeersessie Marjolein Brink"), not her talk and her workshop as well.
 */
final class PersonDoing {
  /** A verb's stem is a word of its own from this length: "signeer" of "signeert", not "zit" of "zitt". */
  private static final int STEM = 6;

  private PersonDoing() {
  }

  static Optional<List<Session>> narrowed(Query query, List<Condition.About> names, List<Session> sessions,
                                         ProgrammeIndex index) {
    if (names.isEmpty() || sessions.size() < 2 || names.stream().anyMatch(c -> c.entity().type()
        != EntityType.SPEAKER)) {
      return Optional.empty();
    }
    Set<Session> doing = new HashSet<>();
    for (String word : query.textWords()) {
      doing.addAll(index.mentioning(word));
      if (word.length() > STEM && word.endsWith("t")) {
        doing.addAll(index.mentioning(word.substring(0, word.length() - 1))); // "signeert": "Signeersessie"
      }
    }
    List<Session> narrowed = sessions.stream().filter(doing::contains).toList();
    return narrowed.isEmpty() || narrowed.size() == sessions.size() ? Optional.empty() : Optional.of(narrowed);
  }
}
