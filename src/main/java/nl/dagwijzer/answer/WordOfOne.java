package nl.dagwijzer.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dagwijzer.nlu.Condition;
import nl.dagwijzer.nlu.EntityType;
import nl.dagwijzer.programme.Session;
import nl.dagwijzer.programme.SessionKind;

/**
 * "welke workshop is het goedkoopst?" where the word named the one session titled "Workshop: schrijf je eigen
 * slamgedicht": a comparison asks of all sessions the word is the kind of, those whose titles have it or end a
 * compound in it ("Tekenworkshop") and, for a kind's own name, those of that kind.
 */
final class WordOfOne {
  private static final int SHORTEST = 4;

  private WordOfOne() {
  }

  /** The sessions the one word names as a kind, when it named one session and there are two or more of the kind. */
  static Optional<List<Session>> of(Answering a) {
    List<Condition.About> named = a.query().all(Condition.About.class);
    if (named.size() != 1 || named.get(0).entity().type() != EntityType.SESSION) {
      return Optional.empty();
    }
    String word = named.get(0).entity().text();
    if (word.contains(" ") || word.length() < SHORTEST) {
      return Optional.empty();
    }
    Optional<SessionKind> kind = SessionKind.fromJson(word);
    List<Session> ofKind = a.programme().sessions().stream().filter(s -> kind.filter(s.kind()::equals).isPresent()
        || java.util.Arrays.stream(s.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .anyMatch(t -> t.equals(word) || nl.dagwijzer.nlu.Compounds.endsIn(t, word))).toList();
    return ofKind.size() >= 2 ? Optional.of(ofKind) : Optional.empty();
  }
}
